package se.kretslopp.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import se.kretslopp.organisation.api.OrganisationKind;
import se.kretslopp.organisation.api.OrganisationRequest;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * An organisation that uses Kretslopp: a municipality, a municipal company, a contractor, a builder, a store or a
 * carrier. Users belong to one through the {@code org} claim of their token, which carries {@link #code}; that is
 * why the code never changes once registered. A deactivated organisation keeps everything it had.
 */
@Entity
@Table(name = "organisation")
class Organisation {

    @Id
    UUID id;

    @NotBlank
    @Pattern(regexp = OrganisationRequest.CODE)
    @Column(nullable = false, unique = true, updatable = false)
    String code;

    @NotBlank
    @Size(max = 200)
    @Column(nullable = false)
    String name;

    @Pattern(regexp = OrganisationRequest.NUMBER)
    @Column(name = "organisation_number")
    String organisationNumber;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    OrganisationKind kind;

    /** The code of its group: organisations of one group see each other's internal listings (e.g. twin municipalities). */
    @Column(name = "org_group")
    String group;

    @Column(name = "contact_name")
    String contactName;

    @Column(name = "contact_email")
    String contactEmail;

    @Column(name = "contact_phone")
    String contactPhone;

    @Column(name = "street_address")
    String streetAddress;

    @Column(name = "postal_code")
    String postalCode;

    String city;

    boolean active;

    @Version
    int version;

    @Column(name = "created_at", nullable = false, updatable = false)
    OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    OffsetDateTime updatedAt;
}
