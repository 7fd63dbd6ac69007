package se.kretslopp.membership;

import se.kretslopp.common.Message;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import se.kretslopp.common.ProblemException;
import se.kretslopp.common.ProblemType;
import se.kretslopp.membership.api.ApplicationStatus;
import se.kretslopp.organisation.api.OrganisationKind;

import java.time.OffsetDateTime;
import java.util.UUID;

/** An application of an organisation to join the installation; decided once (approved, rejected or withdrawn). */
@Entity
@Table(name = "organisation_application")
class OrganisationApplication {

    @Id
    UUID id;

    @Column(name = "applicant_subject", nullable = false, updatable = false)
    String applicantSubject;

    @Column(name = "applicant_username")
    String applicantUsername;

    @Column(name = "applicant_name")
    String applicantName;

    @Column(name = "applicant_email")
    String applicantEmail;

    @Column(name = "organisation_name", nullable = false)
    String organisationName;

    @Column(name = "organisation_number", nullable = false)
    String organisationNumber;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    OrganisationKind kind;

    @Column(name = "org_group")
    String orgGroup;

    @Column(name = "contact_name")
    String contactName;

    @Column(name = "contact_email")
    String contactEmail;

    @Column(name = "contact_phone")
    String contactPhone;

    /** Empty once the retention job or a pseudonymisation removed it (V18). */
    @Column
    String activity;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    ApplicationStatus status;

    @Column(name = "decided_by")
    String decidedBy;

    @Column(name = "decided_at")
    OffsetDateTime decidedAt;

    @Column(name = "reject_reason")
    String rejectReason;

    @Column(name = "organisation_id")
    UUID organisationId;

    @Column(name = "organisation_code")
    String organisationCode;

    @Version
    int version;

    @Column(name = "created_at", nullable = false, updatable = false)
    OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    OffsetDateTime updatedAt;

    /** Only a pending application can be decided or withdrawn; a second decision is refused with 409. */
    void requirePending() {
        if (status != ApplicationStatus.PENDING) {
            throw new ProblemException(ProblemType.APPLICATION_DECIDED,
                    Message.of("detail.membership.applicationAlreadyCannotDecided", status,
                            (decidedAt == null ? "" : " (" + decidedAt.toLocalDate() + ")")));
        }
    }

    void decide(ApplicationStatus decision, String by) {
        requirePending();
        status = decision;
        decidedBy = by;
        decidedAt = OffsetDateTime.now();
        updatedAt = decidedAt;
    }
}
