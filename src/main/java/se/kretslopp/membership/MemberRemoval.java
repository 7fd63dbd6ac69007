package se.kretslopp.membership;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** Who removed whom from an organisation, and when (for the audit trail); the person's records stay theirs. */
@Entity
@Table(name = "organisation_member_removal")
class MemberRemoval {

    @Id
    UUID id;

    @Column(name = "organisation_id", nullable = false)
    UUID organisationId;

    @Column(nullable = false)
    String subject;

    String username;

    /** The Kretslopp roles they had, comma-separated. */
    @Column(nullable = false)
    String roles;

    @Column(name = "removed_by", nullable = false)
    String removedBy;

    @Column(name = "created_at", nullable = false)
    OffsetDateTime createdAt;
}
