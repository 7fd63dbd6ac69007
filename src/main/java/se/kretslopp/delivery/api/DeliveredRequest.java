package se.kretslopp.delivery.api;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;

/** The carrier marks the delivery delivered, with the kilometres actually driven if known (they win). */
@Schema(name = "DeliveredRequest")
public record DeliveredRequest(@DecimalMin("0") @DecimalMax("10000") @Digits(integer = 5, fraction = 1)
                               BigDecimal drivenKm) {
}
