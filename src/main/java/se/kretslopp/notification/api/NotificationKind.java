package se.kretslopp.notification.api;

/** What a notification tells. The UI and the email write the sentence from it, in the reader's language. */
public enum NotificationKind {
    RESERVATION_RECEIVED, RESERVATION_CONFIRMED, RESERVATION_REJECTED, RESERVATION_CANCELLED, RESERVATION_EXPIRING,
    RESERVATION_EXPIRED, RESERVATION_HANDED_OVER,
    /** A listing was published (or changed) that satisfies one of the recipient's wanted requests. */
    WANTED_MATCH,
    /** A pickup time at a store was booked (or proposed by the seller) for a reservation. */
    PICKUP_BOOKED,
    /** A booked pickup is within a day. */
    PICKUP_REMINDER,
    /** A new message in a conversation of the recipient's organisation. */
    MESSAGE_RECEIVED
}
