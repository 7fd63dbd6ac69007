package se.kretslopp.storage;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.UUID;

/** What a lot holds at one location. Read-only here: only the ledger's trigger writes balances. */
@Entity
@Immutable
@Table(name = "stock_balance")
@IdClass(StockBalance.Key.class)
class StockBalance {

    @Id
    @Column(name = "lot_id")
    UUID lotId;

    @Id
    @Column(name = "location_id")
    UUID locationId;

    @Column(name = "site_id")
    UUID siteId;

    @Column(name = "on_hand")
    BigDecimal onHand;

    record Key(UUID lotId, UUID locationId) implements Serializable {
    }
}
