package se.kretslopp.storage;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import se.kretslopp.storage.api.LocationRequest.Kind;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A place in a site where stock lies: a rack spot, a floor zone, a part of the yard, a container. */
@Entity
@Table(name = "storage_location")
class StorageLocation {

    @Id
    UUID id;

    @Column(name = "site_id", nullable = false, updatable = false)
    UUID siteId;

    String code;

    @Enumerated(EnumType.STRING)
    Kind kind;

    String description;

    @Column(name = "floor_capacity_m2")
    BigDecimal floorCapacityM2;

    @Column(name = "pallet_capacity")
    Integer palletCapacity;

    int version;

    @Column(name = "created_at", updatable = false)
    OffsetDateTime createdAt;

    @Column(name = "updated_at")
    OffsetDateTime updatedAt;
}
