package se.kretslopp.reservation.api;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A builder's request to hold a quantity of a listing, with a message and when they would like to pick it up. */
public record ReservationRequest(@NotNull UUID listingId,
                                 @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("1000000000")
                                 @Digits(integer = 9, fraction = 3) BigDecimal quantity,
                                 @Size(max = 2000) String message,
                                 OffsetDateTime wishedPickupAt) {
}
