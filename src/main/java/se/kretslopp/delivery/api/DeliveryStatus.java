package se.kretslopp.delivery.api;

/**
 * Where a delivery stands: asked for (REQUESTED), then ACCEPTED or DECLINED by the carrier, PLANNED (with a time),
 * ON_THE_WAY and DELIVERED; CANCELLED when its reservation ends without a handover.
 */
public enum DeliveryStatus {
    REQUESTED, ACCEPTED, DECLINED, PLANNED, ON_THE_WAY, DELIVERED, CANCELLED
}
