package se.kretslopp.storage.api;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.util.UUID;

/** Move a quantity of a lot from one location of its site to another. */
public record MoveRequest(@NotNull UUID fromLocationId, @NotNull UUID toLocationId,
                          @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("1000000000")
                          @Digits(integer = 9, fraction = 3) BigDecimal quantity,
                          @Size(max = 500) String reason) {
}
