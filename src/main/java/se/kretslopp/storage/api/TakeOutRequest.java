package se.kretslopp.storage.api;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import se.kretslopp.outcome.api.Outcome;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * Take a quantity of a lot out of a location: picked for a customer, or disposed of to recycling. {@code outcome}
 * (optional, docs/outcomes.md): what became of it — for a pick one of the reuse outcomes (REUSED_EXTERNAL without
 * it), for a disposal RECYCLED (without it) or DISPOSED.
 */
public record TakeOutRequest(@NotNull UUID locationId,
                             @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("1000000000")
                             @Digits(integer = 9, fraction = 3) BigDecimal quantity,
                             @Size(max = 500) String reason,
                             Outcome outcome) {

    /** The request as it was before outcomes. */
    public TakeOutRequest(UUID locationId, BigDecimal quantity, String reason) {
        this(locationId, quantity, reason, null);
    }
}
