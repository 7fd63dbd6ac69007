package se.kretslopp.pickup.api;

import jakarta.annotation.Nullable;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A reservation's booked pickup at a store; {@code bySeller} marks a time the seller's side proposed. */
public record PickupBooking(UUID reservationId, UUID siteId, OffsetDateTime startsAt, OffsetDateTime endsAt,
                            boolean bySeller, @Nullable String bookedBy, OffsetDateTime createdAt) {
}
