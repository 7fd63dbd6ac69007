package se.kretslopp.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;

/**
 * A group of organisations that see each other's internal listings, such as twin municipalities and their companies.
 * Organisations name it by its code, which never changes; its name may.
 */
@Entity
@Table(name = "organisation_group")
class OrganisationGroup {

    @Id
    String code;

    String name;

    @Version
    int version;

    @Column(name = "created_at", nullable = false, updatable = false)
    OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    OffsetDateTime updatedAt;
}
