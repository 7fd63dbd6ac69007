package se.kretslopp.pickup.api;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;

/** The slot to book (or to move the booking to): its start, as the store's slots list gives it. */
public record BookingRequest(
        @NotNull @Schema(description = "The start of a free slot of the store that holds the lot")
        OffsetDateTime startsAt) {
}
