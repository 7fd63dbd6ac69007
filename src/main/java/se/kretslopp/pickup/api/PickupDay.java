package se.kretslopp.pickup.api;

import jakarta.annotation.Nullable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A store's pickups of one day, in time order, with what to fetch from where: the day's pick list. */
public record PickupDay(UUID siteId, LocalDate day, List<Pickup> pickups) {

    public record Pickup(OffsetDateTime startsAt, OffsetDateTime endsAt, UUID reservationId, String reservationStatus,
                         String listingTitle, BigDecimal quantity, String unit, @Nullable String buyerOrganisation,
                         @Nullable String buyerName, @Nullable UUID lotId, @Nullable String lotCode,
                         List<Place> places) {
    }

    /** Where the lot lies, and how much of it there. */
    public record Place(String locationCode, BigDecimal quantity) {
    }
}
