package se.kretslopp.reservation.api;

import jakarta.validation.constraints.NotNull;

import java.time.OffsetDateTime;

/** The seller confirms with the pickup slot agreed with the buyer. */
public record ConfirmRequest(@NotNull OffsetDateTime pickupFrom, @NotNull OffsetDateTime pickupTo) {
}
