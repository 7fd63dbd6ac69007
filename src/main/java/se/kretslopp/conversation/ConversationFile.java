package se.kretslopp.conversation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A PDF attached to a message (photos are the photo feature's); its bytes are read and written by SQL. */
@Entity
@Table(name = "conversation_file")
class ConversationFile {

    @Id
    UUID id;

    @Column(name = "message_id", updatable = false)
    UUID messageId;

    @Column(name = "conversation_id", updatable = false)
    UUID conversationId;

    @Column(name = "organisation_id", updatable = false)
    UUID organisationId;

    @Column(name = "uploaded_by", updatable = false)
    String uploadedBy;

    @Column(name = "original_filename", updatable = false)
    String originalFilename;

    @Column(name = "content_type", updatable = false)
    String contentType;

    @Column(name = "size_bytes", updatable = false)
    int sizeBytes;

    @Column(name = "created_at", updatable = false)
    OffsetDateTime createdAt;
}
