package se.kretslopp.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * An organisation that uses Kretslopp: a municipality, a housing company, a contractor, a builder or a store.
 * Users belong to one through the {@code org} claim of their token, which carries {@link #code}.
 */
@Entity
@Table(name = "organisation")
class Organisation {

    @Id
    UUID id;

    @NotBlank
    @Pattern(regexp = "[a-z0-9][a-z0-9-]{1,62}")
    @Column(nullable = false, unique = true)
    String code;

    @NotBlank
    @Size(max = 200)
    @Column(nullable = false)
    String name;

    @Pattern(regexp = "\\d{6}-\\d{4}")
    @Column(name = "organisation_number")
    String organisationNumber;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    OrganisationKind kind;

    /** Organisations of one group see each other's internal listings (e.g. twin municipalities). */
    @Column(name = "org_group")
    String group;

    @Column(name = "created_at", nullable = false, insertable = false, updatable = false)
    OffsetDateTime createdAt;
}
