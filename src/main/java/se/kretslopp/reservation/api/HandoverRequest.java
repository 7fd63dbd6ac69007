package se.kretslopp.reservation.api;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * What was actually taken, when, and where it goes. Less than reserved releases the rest. {@code locationId}: for a
 * stored lot, the location it is taken from (else the lot's locations in order).
 */
public record HandoverRequest(@NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("1000000000")
                              @Digits(integer = 9, fraction = 3) BigDecimal quantity,
                              LocalDate handedOverOn,
                              @Size(max = 200) String destinationProject,
                              @Size(max = 300) String destinationAddress,
                              UUID locationId) {
}
