package se.kretslopp.conversation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import se.kretslopp.conversation.api.SubjectKind;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A thread between a buyer's and a seller's organisation about one subject. */
@Entity
@Table(name = "conversation")
class Conversation {

    @Id
    UUID id;

    @Enumerated(EnumType.STRING)
    @Column(name = "subject_kind", updatable = false)
    SubjectKind subjectKind;

    @Column(name = "subject_id", updatable = false)
    UUID subjectId;

    @Column(name = "subject_title", updatable = false)
    String subjectTitle;

    @Column(name = "buyer_organisation_id", updatable = false)
    UUID buyerOrganisationId;

    @Column(name = "seller_organisation_id", updatable = false)
    UUID sellerOrganisationId;

    @Column(name = "started_by_organisation_id", updatable = false)
    UUID startedByOrganisationId;

    @Column(name = "started_by", updatable = false)
    String startedBy;

    @Column(name = "created_at", updatable = false)
    OffsetDateTime createdAt;

    @Column(name = "last_message_at")
    OffsetDateTime lastMessageAt;

    boolean hasParticipant(UUID organisationId) {
        return buyerOrganisationId.equals(organisationId) || sellerOrganisationId.equals(organisationId);
    }

    UUID otherThan(UUID organisationId) {
        return buyerOrganisationId.equals(organisationId) ? sellerOrganisationId : buyerOrganisationId;
    }
}
