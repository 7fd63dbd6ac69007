package se.kretslopp.search.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A listing as the search index holds it: everything search filters, sorts, facets and shows on a result card.
 * The listing feature builds it from PostgreSQL; the search feature turns it into the index's JSON. A listing of a
 * deactivated organisation ({@code organisationActive} false) is one the index must not hold.
 */
public record ListingDocument(UUID id, int version, UUID organisationId, String organisationCode,
                              String organisationName, String organisationGroup, boolean organisationActive,
                              UUID inventoryItemId,
                              UUID storageSiteId, UUID categoryId, List<UUID> categoryPath, String categoryCode,
                              List<String> categoryNames, String title, String description, String material,
                              BigDecimal quantity, String unit, Integer lengthMm, Integer widthMm, Integer heightMm,
                              BigDecimal weightPerUnitKg, int condition, String priceKind, BigDecimal priceSek,
                              String city, Double latitude, Double longitude, LocalDate availableFrom,
                              String visibility, LocalDate publicFrom, String status, OffsetDateTime publishedAt,
                              LocalDate expiresOn, String thumbnailUrl) {
}
