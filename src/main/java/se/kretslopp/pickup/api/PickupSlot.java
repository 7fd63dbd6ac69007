package se.kretslopp.pickup.api;

import java.time.OffsetDateTime;

/** One pickup slot of a store: when it starts and ends, how many pickups it takes and how many are still free. */
public record PickupSlot(OffsetDateTime startsAt, OffsetDateTime endsAt, int capacity, int free) {
}
