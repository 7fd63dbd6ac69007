package se.kretslopp.storage.api;

import jakarta.annotation.Nullable;
import se.kretslopp.outcome.api.OutcomeView;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** One lot, whole; {@code outcomes}: what became of what left it (picks, disposals, losses, handovers), oldest first. */
public record LotView(UUID id, String code, UUID siteId, String siteName, LotSummary.CategoryRef category,
                      String description, @Nullable String material, String unit, int condition,
                      @Nullable String conditionNotes, @Nullable BigDecimal weightPerUnitKg,
                      BigDecimal receivedQuantity, BigDecimal onHand, BigDecimal promised, BigDecimal available,
                      List<LotSummary.Place> locations, @Nullable BigDecimal palletPlaces,
                      @Nullable BigDecimal floorAreaM2, Source source, UUID intakeId, @Nullable String receivedBy,
                      OffsetDateTime receivedAt, long ageDays, boolean flagged, String qrContent, int version,
                      List<OutcomeView> outcomes) {

    public record Source(LotSource.Kind kind, @Nullable UUID buildingId, @Nullable String buildingName,
                         @Nullable UUID inventoryItemId, @Nullable DeliveredBy deliveredBy,
                         @Nullable OffsetDateTime deliveredAt) {
    }

    public record DeliveredBy(@Nullable SiteView.OrganisationRef organisation, @Nullable String name) {
    }
}
