package se.kretslopp.listing.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** A listing as its owner writes it. {@code status} is DRAFT (the default) or PUBLISHED. */
public record ListingRequest(
        @NotBlank @Size(max = 200) String title,
        @Size(max = 5000) String description,
        @NotNull UUID categoryId,
        @Size(max = 200) String material,
        @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("100000000") @Digits(integer = 9, fraction = 3)
        BigDecimal quantity,
        @NotNull Unit unit,
        @Valid Dimensions dimensions,
        @DecimalMin("0") @DecimalMax("100000000") @Digits(integer = 9, fraction = 3) BigDecimal weightPerUnitKg,
        @NotNull @Min(1) @Max(4) Integer condition,
        @Size(max = 2000) String conditionNotes,
        @NotNull @Valid Price price,
        @Valid Location location,
        @Size(max = 2000) String pickupInstructions,
        LocalDate availableFrom,
        @NotNull Visibility visibility,
        LocalDate publicFrom,
        LocalDate expiresOn,
        ListingStatus status) {

    public enum Unit { st, m, m2, m3, kg }

    public enum PriceKind { FIXED, FREE, ON_REQUEST }

    /** INTERNAL: the owner's organisation group only (until {@code publicFrom}, if given); PUBLIC: everybody. */
    public enum Visibility { INTERNAL, PUBLIC }

    public record Dimensions(@Positive @Max(1_000_000) Integer lengthMm, @Positive @Max(1_000_000) Integer widthMm,
                             @Positive @Max(1_000_000) Integer heightMm) {
    }

    /** SEK excluding VAT; {@code sek} only for FIXED. */
    public record Price(@NotNull PriceKind kind,
                        @DecimalMin("0") @DecimalMax("100000000") @Digits(integer = 9, fraction = 2) BigDecimal sek) {
    }

    public record Location(@Size(max = 200) String streetAddress, @Size(max = 20) String postalCode,
                           @Size(max = 100) String city,
                           @DecimalMin("-90") @DecimalMax("90") Double latitude,
                           @DecimalMin("-180") @DecimalMax("180") Double longitude) {
    }
}
