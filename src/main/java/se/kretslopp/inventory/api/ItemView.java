package se.kretslopp.inventory.api;

import se.kretslopp.outcome.api.OutcomeView;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** An inventory item; {@code outcomes}: what became of what left it (directly, or through its lots), oldest first. */
public record ItemView(
        UUID id,
        UUID buildingId,
        CategoryRef category,
        String name,
        String material,
        BigDecimal quantity,
        ItemRequest.Unit unit,
        ItemRequest.Dimensions dimensions,
        BigDecimal weightPerUnitKg,
        String manufacturer,
        String productName,
        Integer year,
        int condition,
        String functionalDamage,
        String aestheticDamage,
        ItemRequest.Location location,
        ItemRequest.Dismantling dismantling,
        LocalDate availableFrom,
        ItemRequest.Fate fate,
        ItemRequest.Hazard hazard,
        ItemRequest.Status status,
        HazardRisk hazardRisk,
        long photoCount,
        int version,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        List<OutcomeView> outcomes) {

    public record CategoryRef(UUID id, String code, String nameSv, String nameEn) {
    }
}
