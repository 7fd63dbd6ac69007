package se.kretslopp.storage.api;

import se.kretslopp.outcome.api.OutcomeView;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** One lot, whole; {@code outcomes}: what became of what left it (picks, disposals, losses, handovers), oldest first. */
public record LotView(UUID id, String code, UUID siteId, String siteName, LotSummary.CategoryRef category,
                      String description, String material, String unit, int condition, String conditionNotes,
                      BigDecimal weightPerUnitKg, BigDecimal receivedQuantity, BigDecimal onHand,
                      BigDecimal promised, BigDecimal available, List<LotSummary.Place> locations,
                      BigDecimal palletPlaces, BigDecimal floorAreaM2, Source source, UUID intakeId,
                      String receivedBy, OffsetDateTime receivedAt, long ageDays, boolean flagged, String qrContent,
                      int version, List<OutcomeView> outcomes) {

    public record Source(LotSource.Kind kind, UUID buildingId, String buildingName, UUID inventoryItemId,
                         DeliveredBy deliveredBy, OffsetDateTime deliveredAt) {
    }

    public record DeliveredBy(SiteView.OrganisationRef organisation, String name) {
    }
}
