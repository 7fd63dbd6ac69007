package se.kretslopp.storage.api;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.util.UUID;

/** Take a quantity of a lot out of a location: picked for a customer, or disposed of to recycling. */
public record TakeOutRequest(@NotNull UUID locationId,
                             @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("1000000000")
                             @Digits(integer = 9, fraction = 3) BigDecimal quantity,
                             @Size(max = 500) String reason) {
}
