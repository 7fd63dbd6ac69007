package se.kretslopp.delivery.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A delivery as its buyer, seller and carrier see it, with what the reader may do now. {@code distanceKm}: the
 * great-circle distance source → destination times the road factor, when both ends have a position;
 * {@code drivenKm}: what the carrier entered. The transport distance of the handover is drivenKm, else distanceKm.
 */
@Schema(name = "Delivery", requiredProperties = {"id", "reservationId", "status", "buyer", "seller", "carrier",
        "sellerDelivers", "address", "windowFrom", "windowTo", "contact", "goods", "source", "requestedBy", "may",
        "version", "createdAt", "updatedAt"})
public record DeliveryView(UUID id, UUID reservationId, DeliveryStatus status, Party buyer, Party seller,
                           Party carrier, boolean sellerDelivers, DeliveryRequest.Address address,
                           OffsetDateTime windowFrom, OffsetDateTime windowTo, DeliveryRequest.Contact contact,
                           String instructions, Goods goods, Source source, BigDecimal distanceKm,
                           BigDecimal drivenKm, String declineReason, OffsetDateTime plannedAt,
                           OffsetDateTime receivedAt, String receivedBy, String requestedBy, Actions may,
                           int version, OffsetDateTime createdAt, OffsetDateTime updatedAt) {

    @Schema(name = "DeliveryParty", requiredProperties = {"id", "code", "name"})
    public record Party(UUID id, String code, String name) {
    }

    /** What goes, as it was when the delivery was asked for. */
    @Schema(name = "DeliveryGoods", requiredProperties = {"title", "quantity", "unit"})
    public record Goods(String title, BigDecimal quantity, String unit, BigDecimal massKg, String lotCode) {
    }

    /** Where it is fetched: a store (a stored lot) or the site of the listing. */
    @Schema(name = "DeliverySource", requiredProperties = {"kind"})
    public record Source(String kind, String address, Double latitude, Double longitude) {
    }

    /** What the reader may do with the delivery now. */
    @Schema(name = "DeliveryActions", requiredProperties = {"accept", "decline", "plan", "depart", "deliver",
            "confirmReceipt", "cancel"})
    public record Actions(boolean accept, boolean decline, boolean plan, boolean depart, boolean deliver,
                          boolean confirmReceipt, boolean cancel) {
    }
}
