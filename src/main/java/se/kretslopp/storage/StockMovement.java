package se.kretslopp.storage;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import se.kretslopp.storage.api.MovementView.Kind;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One line of the append-only ledger: a quantity of a lot that came, went or moved. */
@Entity
@Table(name = "stock_movement")
class StockMovement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "lot_id", nullable = false, updatable = false)
    UUID lotId;

    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    Kind kind;

    @Column(updatable = false)
    BigDecimal quantity;

    @Column(name = "from_location_id", updatable = false)
    UUID fromLocationId;

    @Column(name = "to_location_id", updatable = false)
    UUID toLocationId;

    @Column(updatable = false)
    String reason;

    @Column(updatable = false)
    String reference;

    @Column(updatable = false)
    String actor;

    @Column(name = "organisation_id", updatable = false)
    UUID organisationId;

    @Column(insertable = false, updatable = false)
    OffsetDateTime at;

    /** What the movement adds to the lot's total on hand. */
    BigDecimal signedQuantity() {
        if (toLocationId != null && fromLocationId == null) {
            return quantity;
        }
        if (fromLocationId != null && toLocationId == null) {
            return quantity.negate();
        }
        return BigDecimal.ZERO;
    }
}
