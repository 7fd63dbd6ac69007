package se.kretslopp.storage.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * A count of one location. {@code complete} says the count covers the whole location: lots that lie there but are
 * not in {@code counts} were not found (counted 0).
 */
public record StocktakeRequest(@NotBlank @Size(max = 500) String reason, boolean complete,
                               @NotNull @Size(max = 500) List<@Valid @NotNull Count> counts) {

    public record Count(@NotNull UUID lotId,
                        @NotNull @DecimalMin("0") @DecimalMax("1000000000") @Digits(integer = 9, fraction = 3)
                        BigDecimal counted) {
    }
}
