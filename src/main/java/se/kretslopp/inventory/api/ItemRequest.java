package se.kretslopp.inventory.api;

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
import se.kretslopp.outcome.api.Outcome;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One kind of component of a building, as the property unit records it. {@code outcome} (optional, docs/outcomes.md):
 * what became of it, when this request marks it reused (a reuse outcome; REUSED_INTERNAL without it) or discarded
 * (RECYCLED, DISPOSED or LOST; without it RECYCLED when assessed for recycling, else DISPOSED).
 */
public record ItemRequest(
        @NotNull UUID categoryId,
        @NotBlank @Size(max = 200) String name,
        @Size(max = 200) String material,
        @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("100000000") @Digits(integer = 9, fraction = 3)
        BigDecimal quantity,
        @NotNull Unit unit,
        @Valid Dimensions dimensions,
        @DecimalMin("0") @DecimalMax("100000000") @Digits(integer = 9, fraction = 3) BigDecimal weightPerUnitKg,
        @Size(max = 200) String manufacturer,
        @Size(max = 200) String productName,
        @Min(1000) @Max(2100) Integer year,
        @NotNull @Min(1) @Max(4) Integer condition,
        @Size(max = 2000) String functionalDamage,
        @Size(max = 2000) String aestheticDamage,
        @Valid Location location,
        @Valid Dismantling dismantling,
        LocalDate availableFrom,
        @NotNull Fate fate,
        @Valid Hazard hazard,
        Status status,
        Outcome outcome) {

    /** The request as it was before outcomes. */
    public ItemRequest(UUID categoryId, String name, String material, BigDecimal quantity, Unit unit,
                       Dimensions dimensions, BigDecimal weightPerUnitKg, String manufacturer, String productName,
                       Integer year, Integer condition, String functionalDamage, String aestheticDamage,
                       Location location, Dismantling dismantling, LocalDate availableFrom, Fate fate, Hazard hazard,
                       Status status) {
        this(categoryId, name, material, quantity, unit, dimensions, weightPerUnitKg, manufacturer, productName, year,
                condition, functionalDamage, aestheticDamage, location, dismantling, availableFrom, fate, hazard,
                status, null);
    }

    public enum Unit { st, m, m2, m3, kg }

    public enum Fate { REUSE, RECYCLE, HAZARDOUS_WASTE }

    public enum HazardCheck { NOT_CHECKED, FREE, CONTAINS }

    public enum Substance { ASBESTOS, PCB, LEAD, OTHER }

    /** inventoried → dismantled → in storage or listed → reused or discarded */
    public enum Status { INVENTORIED, DISMANTLED, IN_STORAGE, LISTED, REUSED, DISCARDED }

    public record Dimensions(@Positive @Max(1_000_000) Integer lengthMm, @Positive @Max(1_000_000) Integer widthMm,
                             @Positive @Max(1_000_000) Integer heightMm) {
    }

    public record Location(@Size(max = 50) String floor, @Size(max = 100) String room, @Size(max = 500) String notes) {
    }

    public record Dismantling(@Size(max = 200) String method, @Size(max = 2000) String notes) {
    }

    public record Hazard(@NotNull HazardCheck check, @Size(max = 4) List<@NotNull Substance> substances) {
    }
}
