package se.kretslopp.inventory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import se.kretslopp.inventory.api.ItemRequest.Fate;
import se.kretslopp.inventory.api.ItemRequest.HazardCheck;
import se.kretslopp.inventory.api.ItemRequest.Status;
import se.kretslopp.inventory.api.ItemRequest.Unit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One kind of component of a building's reuse inventory. */
@Entity
@Table(name = "inventory_item")
class InventoryItem {

    @Id
    UUID id;

    @Column(name = "building_id", nullable = false, updatable = false)
    UUID buildingId;

    @Column(name = "category_id", nullable = false)
    UUID categoryId;

    String name;
    String material;
    BigDecimal quantity;

    @Enumerated(EnumType.STRING)
    Unit unit;

    @Column(name = "length_mm")
    Integer lengthMm;

    @Column(name = "width_mm")
    Integer widthMm;

    @Column(name = "height_mm")
    Integer heightMm;

    @Column(name = "weight_per_unit_kg")
    BigDecimal weightPerUnitKg;

    String manufacturer;

    @Column(name = "product_name")
    String productName;

    @Column(name = "production_year")
    Integer productionYear;

    int condition;

    @Column(name = "functional_damage")
    String functionalDamage;

    @Column(name = "aesthetic_damage")
    String aestheticDamage;

    String floor;
    String room;

    @Column(name = "location_notes")
    String locationNotes;

    @Column(name = "dismantling_method")
    String dismantlingMethod;

    @Column(name = "dismantling_notes")
    String dismantlingNotes;

    @Column(name = "available_from")
    LocalDate availableFrom;

    @Enumerated(EnumType.STRING)
    Fate fate;

    @Enumerated(EnumType.STRING)
    @Column(name = "hazard_check")
    HazardCheck hazardCheck;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "hazard_substances")
    String[] hazardSubstances = new String[0];

    @Enumerated(EnumType.STRING)
    Status status;

    @Version
    int version;

    @Column(name = "created_at", nullable = false, updatable = false)
    OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    OffsetDateTime updatedAt;
}
