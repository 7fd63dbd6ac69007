package se.kretslopp.listing.api;

import java.util.Set;

/**
 * draft → published → reserved → handed over; published or draft → withdrawn; published → expired (its last day
 * passed). Only drafts and published listings are written by their owners; reservations and handovers move the
 * others.
 */
public enum ListingStatus {
    DRAFT, PUBLISHED, RESERVED, HANDED_OVER, WITHDRAWN, EXPIRED;

    /** Listings that still offer their quantity. */
    public static final Set<ListingStatus> ACTIVE = Set.of(DRAFT, PUBLISHED, RESERVED);
}
