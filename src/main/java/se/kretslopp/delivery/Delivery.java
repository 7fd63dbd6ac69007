package se.kretslopp.delivery;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import se.kretslopp.common.FieldCode;
import se.kretslopp.common.Message;
import se.kretslopp.common.Problem;
import se.kretslopp.common.ProblemException;
import se.kretslopp.common.ProblemType;
import se.kretslopp.delivery.api.DeliveryStatus;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * A delivery of a confirmed reservation, from where the material is to an address, by a carrier organisation (or
 * the seller's). Its steps are the methods below; a step out of order is refused with 409 naming {@code status}.
 */
@Entity
@Table(name = "delivery")
class Delivery {

    /** The states in which a delivery still stands (one at a time per reservation). */
    static final Set<DeliveryStatus> ACTIVE = EnumSet.of(DeliveryStatus.REQUESTED, DeliveryStatus.ACCEPTED,
            DeliveryStatus.PLANNED, DeliveryStatus.ON_THE_WAY, DeliveryStatus.DELIVERED);
    /** The states in which the receiver may confirm receipt. */
    static final Set<DeliveryStatus> RECEIVABLE = EnumSet.of(DeliveryStatus.ACCEPTED, DeliveryStatus.PLANNED,
            DeliveryStatus.ON_THE_WAY, DeliveryStatus.DELIVERED);

    @Id
    UUID id;
    @Column(name = "reservation_id", updatable = false)
    UUID reservationId;
    @Column(name = "buyer_organisation_id", updatable = false)
    UUID buyerOrganisationId;
    @Column(name = "seller_organisation_id", updatable = false)
    UUID sellerOrganisationId;
    @Column(name = "carrier_organisation_id", updatable = false)
    UUID carrierOrganisationId;
    @Column(name = "seller_delivers", updatable = false)
    boolean sellerDelivers;
    @Enumerated(EnumType.STRING)
    DeliveryStatus status;
    @Column(name = "street_address", updatable = false)
    String streetAddress;
    @Column(name = "postal_code", updatable = false)
    String postalCode;
    @Column(updatable = false)
    String city;
    @Column(updatable = false)
    Double latitude;
    @Column(updatable = false)
    Double longitude;
    @Column(name = "window_from", updatable = false)
    OffsetDateTime windowFrom;
    @Column(name = "window_to", updatable = false)
    OffsetDateTime windowTo;
    @Column(name = "contact_name", updatable = false)
    String contactName;
    @Column(name = "contact_phone", updatable = false)
    String contactPhone;
    @Column(updatable = false)
    String instructions;
    @Column(name = "listing_title", updatable = false)
    String listingTitle;
    @Column(updatable = false)
    BigDecimal quantity;
    @Column(updatable = false)
    String unit;
    @Column(name = "mass_kg", updatable = false)
    BigDecimal massKg;
    @Column(name = "lot_code", updatable = false)
    String lotCode;
    @Column(name = "source_kind", updatable = false)
    String sourceKind;
    @Column(name = "source_address", updatable = false)
    String sourceAddress;
    @Column(name = "source_latitude", updatable = false)
    Double sourceLatitude;
    @Column(name = "source_longitude", updatable = false)
    Double sourceLongitude;
    @Column(name = "distance_km", updatable = false)
    BigDecimal distanceKm;
    @Column(name = "driven_km")
    BigDecimal drivenKm;
    @Column(name = "decline_reason")
    String declineReason;
    @Column(name = "planned_at")
    OffsetDateTime plannedAt;
    @Column(name = "receipt_token_hash")
    String receiptTokenHash;
    @Column(name = "requested_by", updatable = false)
    String requestedBy;
    @Column(name = "received_by")
    String receivedBy;
    @Column(name = "received_at")
    OffsetDateTime receivedAt;
    int version;
    @Column(name = "created_at", updatable = false)
    OffsetDateTime createdAt;
    @Column(name = "updated_at")
    OffsetDateTime updatedAt;

    void accept() {
        require(DeliveryStatus.REQUESTED);
        status = DeliveryStatus.ACCEPTED;
    }

    void decline(String reason) {
        require(DeliveryStatus.REQUESTED);
        status = DeliveryStatus.DECLINED;
        declineReason = reason;
    }

    /** Plans the arrival, or plans it again before the carrier sets out. */
    void plan(OffsetDateTime at) {
        require(DeliveryStatus.ACCEPTED, DeliveryStatus.PLANNED);
        status = DeliveryStatus.PLANNED;
        plannedAt = at;
    }

    void depart() {
        require(DeliveryStatus.PLANNED);
        status = DeliveryStatus.ON_THE_WAY;
    }

    void deliver(BigDecimal driven) {
        require(DeliveryStatus.ON_THE_WAY);
        status = DeliveryStatus.DELIVERED;
        if (driven != null) {
            drivenKm = driven;
        }
    }

    /** The buyer takes the request back before the carrier sets out (to pick it up instead, say). */
    void cancel() {
        require(DeliveryStatus.REQUESTED, DeliveryStatus.ACCEPTED, DeliveryStatus.PLANNED);
        status = DeliveryStatus.CANCELLED;
    }

    /** The receiver confirms receipt: delivered, whatever step the carrier last recorded after accepting. */
    void receive(String by, OffsetDateTime at) {
        if (!RECEIVABLE.contains(status) || receivedAt != null) {
            throw outOfOrder(status);
        }
        status = DeliveryStatus.DELIVERED;
        if (plannedAt == null) {
            plannedAt = at;
        }
        receivedBy = by;
        receivedAt = at;
    }

    /** The transport distance of the handover: what the carrier drove, else the estimate from the positions. */
    BigDecimal transportDistanceKm() {
        return drivenKm != null ? drivenKm : distanceKm;
    }

    private void require(DeliveryStatus... allowed) {
        for (DeliveryStatus s : allowed) {
            if (status == s) {
                return;
            }
        }
        throw outOfOrder(status);
    }

    static ProblemException outOfOrder(DeliveryStatus status) {
        return new ProblemException(ProblemType.CONFLICT, Message.of("detail.delivery.outOfOrder",
                status.name().toLowerCase(Locale.ROOT).replace('_', ' ')),
                List.of(Problem.FieldError.of("status", FieldCode.INVALID_TRANSITION, "field.delivery.transition")));
    }
}
