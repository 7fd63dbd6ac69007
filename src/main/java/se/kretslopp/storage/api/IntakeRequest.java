package se.kretslopp.storage.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A delivery received at a site: who brought it, when, and the lots it brings with where they are put. */
public record IntakeRequest(
        @NotNull UUID siteId,
        OffsetDateTime deliveredAt,
        @Valid DeliveredBy deliveredBy,
        @Size(max = 2000) String note,
        @NotEmpty @Size(max = 50) List<@Valid @NotNull Lot> lots) {

    public record DeliveredBy(UUID organisationId, @Size(max = 200) String name) {
    }

    public record Lot(
            @NotNull UUID locationId,
            @NotNull UUID categoryId,
            @NotBlank @Size(max = 500) String description,
            @Size(max = 200) String material,
            @NotNull Unit unit,
            @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("1000000000")
            @Digits(integer = 9, fraction = 3) BigDecimal quantity,
            @NotNull @Min(1) @Max(4) Integer condition,
            @Size(max = 2000) String conditionNotes,
            @DecimalMin("0") @DecimalMax("1000000") @Digits(integer = 9, fraction = 3) BigDecimal weightPerUnitKg,
            @DecimalMin("0") @DecimalMax("100000") @Digits(integer = 6, fraction = 2) BigDecimal palletPlaces,
            @DecimalMin("0") @DecimalMax("1000000") @Digits(integer = 7, fraction = 2) BigDecimal floorAreaM2,
            @Valid Source source) {
    }

    public record Source(@NotNull LotSource.Kind kind, UUID inventoryItemId) {
    }

    public enum Unit { st, m, m2, m3, kg }
}
