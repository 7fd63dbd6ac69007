package se.kretslopp.membership;

import se.kretslopp.common.Message;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import se.kretslopp.common.ProblemException;
import se.kretslopp.common.ProblemType;

import java.time.OffsetDateTime;
import java.util.UUID;

/** An invitation of a colleague to an organisation, with one role; only its token's hash is kept. */
@Entity
@Table(name = "organisation_invitation")
class Invitation {

    static final String PENDING = "PENDING";
    static final String ACCEPTED = "ACCEPTED";
    static final String REVOKED = "REVOKED";

    @Id
    UUID id;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    UUID organisationId;

    /** Empty once the retention job or a pseudonymisation removed it (V18). */
    @Column
    String email;

    @Column(nullable = false)
    String role;

    @Column(name = "token_hash", nullable = false, updatable = false)
    String tokenHash;

    @Column(nullable = false)
    String status;

    @Column(name = "invited_by", nullable = false)
    String invitedBy;

    @Column(name = "expires_at", nullable = false)
    OffsetDateTime expiresAt;

    @Column(name = "accepted_by")
    String acceptedBy;

    @Column(name = "accepted_at")
    OffsetDateTime acceptedAt;

    @Column(name = "revoked_at")
    OffsetDateTime revokedAt;

    @Version
    int version;

    @Column(name = "created_at", nullable = false, updatable = false)
    OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    OffsetDateTime updatedAt;

    /** Whether it can still be accepted at this moment; else the problem that says why not (409 or 410). */
    void requireAcceptable(OffsetDateTime now) {
        if (ACCEPTED.equals(status)) {
            throw new ProblemException(ProblemType.INVITATION_USED,
                    Message.of("detail.membership.invitationBeenUsedAlready"));
        }
        if (REVOKED.equals(status)) {
            throw new ProblemException(ProblemType.INVITATION_REVOKED,
                    Message.of("detail.membership.invitationWithdrawnOrganisationS"));
        }
        if (!expiresAt.isAfter(now)) {
            throw new ProblemException(ProblemType.INVITATION_EXPIRED,
                    Message.of("detail.membership.invitationExpiredAskOrganisation", expiresAt.toLocalDate()));
        }
    }
}
