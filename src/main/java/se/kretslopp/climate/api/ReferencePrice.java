package se.kretslopp.climate.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** The price of buying one unit of a category new, in SEK excluding VAT, with where it comes from and its date. */
public record ReferencePrice(UUID categoryId, String categoryCode, String categoryNameSv, String categoryNameEn,
                             String unit, BigDecimal priceSek, String source, LocalDate asOf, String updatedBy,
                             OffsetDateTime updatedAt) {
}
