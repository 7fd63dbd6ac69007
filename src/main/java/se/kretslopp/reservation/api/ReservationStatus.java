package se.kretslopp.reservation.api;

import java.util.EnumSet;
import java.util.Set;

/** REQUESTED and CONFIRMED hold stock; the others are how a reservation ends. */
public enum ReservationStatus {
    REQUESTED, CONFIRMED, REJECTED, CANCELLED, EXPIRED, HANDED_OVER;

    public static final Set<ReservationStatus> ACTIVE = EnumSet.of(REQUESTED, CONFIRMED);
}
