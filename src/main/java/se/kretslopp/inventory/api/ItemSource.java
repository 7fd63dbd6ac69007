package se.kretslopp.inventory.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * What a listing copies from the inventory item it is published from, with where the item is (its building's
 * address and position) and when it can be had (the item's date, or the start of the building's dismantling).
 */
public record ItemSource(UUID id, UUID buildingId, String buildingName, UUID buildingOrganisationId,
                         UUID categoryId, String name, String material, BigDecimal quantity, String unit,
                         Integer lengthMm, Integer widthMm, Integer heightMm, BigDecimal weightPerUnitKg,
                         int condition, String damageNotes, LocalDate availableFrom, String streetAddress,
                         String postalCode, String city, Double latitude, Double longitude) {
}
