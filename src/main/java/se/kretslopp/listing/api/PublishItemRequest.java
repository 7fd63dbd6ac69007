package se.kretslopp.listing.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Publishing an inventory item: the listing copies the item's data (category, material, dimensions, weight,
 * condition, photos, its building's address and position); this says what the item's data cannot: how much, at
 * what price, for whom. Title and description default to the item's name and notes.
 */
public record PublishItemRequest(
        @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("100000000") @Digits(integer = 9, fraction = 3)
        BigDecimal quantity,
        @NotNull @Valid ListingRequest.Price price,
        @NotNull ListingRequest.Visibility visibility,
        LocalDate publicFrom,
        ListingStatus status,
        @Size(max = 200) String title,
        @Size(max = 5000) String description,
        @Size(max = 2000) String pickupInstructions,
        LocalDate expiresOn) {
}
