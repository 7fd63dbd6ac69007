package se.kretslopp.inventory.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

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
        OffsetDateTime updatedAt) {

    public record CategoryRef(UUID id, String code, String nameSv, String nameEn) {
    }
}
