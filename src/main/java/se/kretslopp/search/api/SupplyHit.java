package se.kretslopp.search.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A listing found for a wanted request, with the engine's text relevance (null without words). */
public record SupplyHit(UUID id, String title, UUID categoryId, List<UUID> categoryPath, String organisationName,
                        BigDecimal quantity, String unit, Integer lengthMm, Integer widthMm, Integer heightMm,
                        int condition, String priceKind, BigDecimal priceSek, String city, Double latitude,
                        Double longitude, LocalDate availableFrom, String thumbnailUrl, Double relevance) {
}
