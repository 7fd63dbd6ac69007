package se.kretslopp.storage;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/** An intermediate store (mellanlager): a hall, a yard or both, run by one organisation. */
@Entity
@Table(name = "storage_site")
class StorageSite {

    @Id
    UUID id;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    UUID organisationId;

    String name;

    @Column(name = "street_address")
    String streetAddress;

    @Column(name = "postal_code")
    String postalCode;

    String city;

    Double latitude;

    Double longitude;

    @Column(name = "opening_hours")
    String openingHours;

    @Column(name = "floor_capacity_m2")
    BigDecimal floorCapacityM2;

    @Column(name = "pallet_capacity")
    Integer palletCapacity;

    @Column(name = "age_alert_days")
    int ageAlertDays;

    /** The organisations whose contractors may register deliveries here. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "storage_site_deliverer", joinColumns = @JoinColumn(name = "site_id"))
    @Column(name = "organisation_id")
    Set<UUID> deliverers = new HashSet<>();

    int version;

    @Column(name = "created_at", updatable = false)
    OffsetDateTime createdAt;

    @Column(name = "updated_at")
    OffsetDateTime updatedAt;
}
