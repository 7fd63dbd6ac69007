package se.kretslopp.wanted.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A wanted request as the buyer writes it. Words or a category (or both) are needed. Each dimension is a range
 * ({@code min}–{@code max}, either end open) or a {@code target} with a {@code tolerance} (both in mm). Without
 * {@code expiresOn} a request runs for 90 days; at most a year.
 */
public record WantedRequestBody(
        @Size(max = 200) String text,
        @Size(max = 2000) String notes,
        UUID categoryId,
        @DecimalMin(value = "0", inclusive = false) @DecimalMax("100000000") @Digits(integer = 9, fraction = 3)
        BigDecimal quantity,
        Unit unit,
        @Valid Dimensions dimensions,
        @Min(1) @Max(4) Integer conditionMax,
        @Valid Place place,
        @DecimalMin("0.1") @DecimalMax("2000") Double withinKm,
        LocalDate neededBy,
        @DecimalMin("0") @DecimalMax("100000000") @Digits(integer = 9, fraction = 2) BigDecimal priceMaxSek,
        Boolean acceptFuture,
        LocalDate expiresOn) {

    public enum Unit { st, m, m2, m3, kg }

    public record Dimensions(@Valid DimensionRange length, @Valid DimensionRange width,
                             @Valid DimensionRange height) {
    }

    /** {@code min}–{@code max}, or {@code target} ± {@code tolerance} (mm). */
    public record DimensionRange(@Min(0) @Max(1_000_000) Integer min, @Min(0) @Max(1_000_000) Integer max,
                                 @Min(1) @Max(1_000_000) Integer target, @Min(0) @Max(100_000) Integer tolerance) {
    }

    /** Where the material is needed: a name (shown) and a position (for the distance). */
    public record Place(@Size(max = 200) String name,
                        @DecimalMin("-90") @DecimalMax("90") Double latitude,
                        @DecimalMin("-180") @DecimalMax("180") Double longitude) {
    }
}
