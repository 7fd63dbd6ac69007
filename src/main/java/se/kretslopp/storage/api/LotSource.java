package se.kretslopp.storage.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * What a listing copies from the stored lot it offers, with where it lies (the site's address and position) and
 * what the lot has free now. Also names where a lot came from.
 */
public record LotSource(UUID id, String code, UUID siteId, String siteName, UUID operatorOrganisationId,
                        UUID categoryId, String description, String material, BigDecimal free, String unit,
                        BigDecimal weightPerUnitKg, int condition, String conditionNotes, UUID inventoryItemId,
                        LocalDate availableFrom, String streetAddress, String postalCode, String city,
                        Double latitude, Double longitude, String openingHours) {

    public enum Kind { INVENTORY_ITEM, DELIVERY }
}
