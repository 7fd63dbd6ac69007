package se.kretslopp.listing.api;

import java.math.BigDecimal;
import java.util.UUID;

/** What the reservations of a listing need to know of it. */
public record ListingHold(UUID listingId, String title, String unit, ListingStatus status, UUID sellerOrganisationId,
                          String createdBy, UUID stockLotId, UUID storageSiteId, UUID inventoryItemId,
                          UUID categoryId, String material, BigDecimal weightPerUnitKg) {
}
