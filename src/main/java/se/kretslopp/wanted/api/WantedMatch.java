package se.kretslopp.wanted.api;

import jakarta.annotation.Nullable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * One supply found for a wanted request: a listing, or an inventory item of a building still standing
 * ({@code future}, with its expected date). {@code score} 0–100 (see README "Ranked matches"); {@code exact} is
 * false for near misses (a dimension a little outside its range); {@code reasons} say what held and what did not.
 */
public record WantedMatch(Kind kind, @Nullable UUID listingId, @Nullable UUID inventoryItemId, String title,
                          @Nullable String organisationName, @Nullable CategoryRef category,
                          @Nullable BigDecimal quantity, @Nullable String unit, @Nullable Integer lengthMm,
                          @Nullable Integer widthMm, @Nullable Integer heightMm, int condition,
                          @Nullable String priceKind, @Nullable BigDecimal priceSek, @Nullable String city,
                          @Nullable Double distanceKm, @Nullable LocalDate availableFrom, boolean future, boolean exact,
                          int score, List<Reason> reasons, @Nullable OffsetDateTime matchedAt,
                          @Nullable OffsetDateTime notifiedAt, @Nullable String thumbnailUrl) {

    public enum Kind { LISTING, FUTURE_ITEM }

    public record CategoryRef(UUID id, String code, String nameSv, String nameEn) {
    }

    /**
     * One criterion: {@code criterion} is text, category, length, width, height, quantity, distance, condition,
     * price or availability; {@code held} whether it holds; {@code offBy} how far outside (mm below the range is
     * negative, above positive; km beyond the limit; days late); {@code value} the listing's figure (mm, km, share
     * of the quantity covered, grade, SEK).
     */
    public record Reason(String criterion, boolean held, @Nullable Double value, @Nullable Double offBy) {
    }
}
