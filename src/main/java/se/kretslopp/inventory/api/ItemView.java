package se.kretslopp.inventory.api;

import jakarta.annotation.Nullable;
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
        @Nullable String material,
        BigDecimal quantity,
        ItemRequest.Unit unit,
        ItemRequest.Dimensions dimensions,
        @Nullable BigDecimal weightPerUnitKg,
        @Nullable String manufacturer,
        @Nullable String productName,
        @Nullable Integer year,
        int condition,
        @Nullable String functionalDamage,
        @Nullable String aestheticDamage,
        ItemRequest.Location location,
        ItemRequest.Dismantling dismantling,
        @Nullable LocalDate availableFrom,
        ItemRequest.Fate fate,
        ItemRequest.Hazard hazard,
        @Nullable ItemRequest.Status status,
        HazardRisk hazardRisk,
        long photoCount,
        int version,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        List<OutcomeView> outcomes) {

    public record CategoryRef(UUID id, String code, String nameSv, String nameEn) {
    }
}
