package se.kretslopp.inventory;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import se.kretslopp.inventory.api.HazardRisk;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/** A building (objekt) of an organisation, inventoried before it is demolished or renovated. */
@Entity
@Table(name = "building")
class Building {

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

    @Column(name = "property_designation")
    String propertyDesignation;

    Double latitude;

    Double longitude;

    @Column(name = "construction_year")
    Integer constructionYear;

    @Column(name = "renovation_year")
    Integer renovationYear;

    @Column(name = "dismantling_from")
    LocalDate dismantlingFrom;

    @Column(name = "dismantling_to")
    LocalDate dismantlingTo;

    @Column(name = "contact_name")
    String contactName;

    @Column(name = "contact_phone")
    String contactPhone;

    @Column(name = "contact_email")
    String contactEmail;

    String notes;

    @Column(name = "archived_at")
    OffsetDateTime archivedAt;

    /** Contractor organisations that dismantle the building and may therefore read its inventory. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "building_assignment", joinColumns = @JoinColumn(name = "building_id"))
    @Column(name = "organisation_id")
    Set<UUID> assignedOrganisationIds = new HashSet<>();

    @Version
    int version;

    @Column(name = "created_at", nullable = false, updatable = false)
    OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    OffsetDateTime updatedAt;

    HazardRisk hazardRisk() {
        return HazardRisk.of(constructionYear, renovationYear);
    }

    boolean archived() {
        return archivedAt != null;
    }
}
