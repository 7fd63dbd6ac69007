package se.kretslopp.storage;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import se.kretslopp.storage.api.LotSource;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A stock lot (lagerpost): a physical batch of one material at a site, with its label code. What it holds, and
 * where, is written only by the ledger (the trigger on {@code stock_movement}): the service never sets
 * {@link #onHand} itself, and reads it back after each movement.
 */
@Entity
@Table(name = "stock_lot")
class StockLot {

    @Id
    UUID id;

    @Column(updatable = false)
    String code;

    @Column(name = "site_id", nullable = false, updatable = false)
    UUID siteId;

    @Column(name = "intake_id", nullable = false, updatable = false)
    UUID intakeId;

    @Column(name = "category_id", nullable = false)
    UUID categoryId;

    String description;

    String material;

    String unit;

    int condition;

    @Column(name = "condition_notes")
    String conditionNotes;

    @Column(name = "weight_per_unit_kg")
    BigDecimal weightPerUnitKg;

    @Enumerated(EnumType.STRING)
    @Column(name = "source_kind", updatable = false)
    LotSource.Kind sourceKind;

    @Column(name = "building_id", updatable = false)
    UUID buildingId;

    @Column(name = "building_name", updatable = false)
    String buildingName;

    @Column(name = "inventory_item_id", updatable = false)
    UUID inventoryItemId;

    @Column(name = "received_quantity", updatable = false)
    BigDecimal receivedQuantity;

    @Column(name = "pallets_per_unit")
    BigDecimal palletsPerUnit;

    @Column(name = "floor_m2_per_unit")
    BigDecimal floorM2PerUnit;

    @Column(name = "received_at", updatable = false)
    OffsetDateTime receivedAt;

    @Column(name = "on_hand", insertable = false, updatable = false)
    BigDecimal onHand;

    @Column(insertable = false, updatable = false)
    BigDecimal promised;

    @Column(insertable = false, updatable = false)
    int version;

    @Column(name = "created_at", updatable = false)
    OffsetDateTime createdAt;

    @Column(name = "updated_at", insertable = false, updatable = false)
    OffsetDateTime updatedAt;

    BigDecimal free() {
        return onHand.subtract(promised);
    }
}
