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
    /** Deliveries (issue 21): a buyer asked a carrier to deliver a reservation. */
    DELIVERY_REQUESTED,
    /** The carrier accepted the delivery. */
    DELIVERY_ACCEPTED,
    /** The carrier declined the delivery (the reason is told). */
    DELIVERY_DECLINED,
    /** The delivery moved on: planned, on the way or delivered (the latest replaces the earlier one). */
    DELIVERY_UPDATED,
    /** The receiver confirmed receipt: the material is handed over. */
    DELIVERY_RECEIVED,
    /** A new message in a conversation of the recipient's organisation. */
    MESSAGE_RECEIVED
}
