package se.kretslopp.reservation.api;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import se.kretslopp.outcome.api.Outcome;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * What was actually taken, when, and where it goes. Less than reserved releases the rest. {@code locationId}: for a
 * stored lot, the location it is taken from (else the lot's locations in order). Optional, for the net climate
 * figures: {@code transportDistanceKm} from where the material was to where it goes (without it, Boverket's transport
 * scenario for a reused product is used), and the emissions of storing and refurbishing it where known (kg CO2e).
 * {@code outcome} (optional, docs/outcomes.md): inside one organisation REUSED_INTERNAL; to another REUSED_EXTERNAL,
 * SOLD or GIVEN_AWAY — without it, SOLD at a fixed price above 0, GIVEN_AWAY when free, REUSED_EXTERNAL on request.
 */
public record HandoverRequest(@NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("1000000000")
                              @Digits(integer = 9, fraction = 3) BigDecimal quantity,
                              LocalDate handedOverOn,
                              @Size(max = 200) String destinationProject,
                              @Size(max = 300) String destinationAddress,
                              UUID locationId,
                              @DecimalMin("0") @DecimalMax("100000") @Digits(integer = 6, fraction = 1)
                              BigDecimal transportDistanceKm,
                              @DecimalMin("0") @DecimalMax("100000000") @Digits(integer = 11, fraction = 3)
                              BigDecimal storageKgCo2e,
                              @DecimalMin("0") @DecimalMax("100000000") @Digits(integer = 11, fraction = 3)
                              BigDecimal refurbishmentKgCo2e,
                              Outcome outcome) {

    /** The request as it was before outcomes. */
    public HandoverRequest(BigDecimal quantity, LocalDate handedOverOn, String destinationProject,
                           String destinationAddress, UUID locationId, BigDecimal transportDistanceKm,
                           BigDecimal storageKgCo2e, BigDecimal refurbishmentKgCo2e) {
        this(quantity, handedOverOn, destinationProject, destinationAddress, locationId, transportDistanceKm,
                storageKgCo2e, refurbishmentKgCo2e, null);
    }
}
