package se.kretslopp.reservation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import se.kretslopp.reservation.api.ReservationStatus;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A hold on a quantity of a listing for a buyer, until it expires, is confirmed and handed over, or ends. */
@Entity
@Table(name = "reservation")
class Reservation {

    @Id
    UUID id;

    @Column(name = "listing_id", updatable = false)
    UUID listingId;

    @Column(name = "stock_lot_id", updatable = false)
    UUID stockLotId;

    @Column(name = "seller_organisation_id", updatable = false)
    UUID sellerOrganisationId;

    @Column(name = "buyer_organisation_id", updatable = false)
    UUID buyerOrganisationId;

    @Column(name = "buyer_username", updatable = false)
    String buyerUsername;

    @Column(name = "buyer_name", updatable = false)
    String buyerName;

    @Column(updatable = false)
    BigDecimal quantity;

    @Column(updatable = false)
    String message;

    @Column(name = "wished_pickup_at", updatable = false)
    OffsetDateTime wishedPickupAt;

    @Enumerated(EnumType.STRING)
    ReservationStatus status;

    @Column(name = "expires_at")
    OffsetDateTime expiresAt;

    @Column(name = "reject_reason")
    String rejectReason;

    @Column(name = "pickup_from")
    OffsetDateTime pickupFrom;

    @Column(name = "pickup_to")
    OffsetDateTime pickupTo;

    @Column(name = "handed_over_quantity")
    BigDecimal handedOverQuantity;

    @Column(name = "handed_over_on")
    LocalDate handedOverOn;

    @Column(name = "destination_project")
    String destinationProject;

    @Column(name = "destination_address")
    String destinationAddress;

    @Column(name = "handed_over_by")
    String handedOverBy;

    @jakarta.persistence.Version
    int version;

    @Column(name = "created_at", updatable = false)
    OffsetDateTime createdAt;

    @Column(name = "updated_at")
    OffsetDateTime updatedAt;
}
