package se.kretslopp.conversation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One message of a thread: plain text as written; hidden by a moderator, never deleted. */
@Entity
@Table(name = "conversation_message")
class ConversationMessage {

    @Id
    UUID id;

    @Column(name = "conversation_id", updatable = false)
    UUID conversationId;

    /** The author's organisation. */
    @Column(name = "organisation_id", updatable = false)
    UUID organisationId;

    @Column(name = "author_username", updatable = false)
    String authorUsername;

    @Column(name = "author_name", updatable = false)
    String authorName;

    @Column(updatable = false)
    String text;

    @Column(name = "created_at", updatable = false)
    OffsetDateTime createdAt;

    @Column(name = "hidden_at")
    OffsetDateTime hiddenAt;

    @Column(name = "hidden_by")
    String hiddenBy;

    @Column(name = "hidden_reason")
    String hiddenReason;

    @Version
    int version;
}
