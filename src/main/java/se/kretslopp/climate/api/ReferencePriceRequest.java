package se.kretslopp.climate.api;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Sets a category's reference new price in one unit (installation admins). */
public record ReferencePriceRequest(@NotNull @Pattern(regexp = "st|m|m2|m3|kg") String unit,
                                    @NotNull @DecimalMin("0") @DecimalMax("100000000") @Digits(integer = 10, fraction = 2)
                                    BigDecimal priceSek,
                                    @NotBlank @Size(max = 300) String source,
                                    @NotNull LocalDate asOf) {
}
