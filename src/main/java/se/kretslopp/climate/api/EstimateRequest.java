package se.kretslopp.climate.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * What to estimate: a category (its Boverket product) and/or a material description, a quantity in a unit,
 * dimensions in mm and an own weight per unit (which wins over the product's conversions), and the emissions of
 * refurbishing it, if any (kg CO2e in all).
 */
public record EstimateRequest(
        UUID categoryId,
        @Size(max = 200) String material,
        @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("100000000") @Digits(integer = 9, fraction = 3)
        BigDecimal quantity,
        @NotNull Unit unit,
        @Valid Dimensions dimensions,
        @DecimalMin("0") @DecimalMax("100000000") @Digits(integer = 9, fraction = 3) BigDecimal weightPerUnitKg,
        @DecimalMin("0") @DecimalMax("100000000") @Digits(integer = 9, fraction = 3) BigDecimal refurbishmentKgCo2e) {

    public enum Unit { st, m, m2, m3, kg }

    public record Dimensions(@Positive @Max(1_000_000) Integer lengthMm, @Positive @Max(1_000_000) Integer widthMm,
                             @Positive @Max(1_000_000) Integer heightMm) {
    }
}
