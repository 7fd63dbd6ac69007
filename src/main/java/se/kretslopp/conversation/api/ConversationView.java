package se.kretslopp.conversation.api;

import jakarta.annotation.Nullable;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A thread as one of its participants sees it: the subject, the two organisations (with the other party named for
 * the reader), the last message and how many messages the reader has not read.
 */
public record ConversationView(UUID id, SubjectKind subjectKind, UUID subjectId, String subjectTitle,
                               OrganisationRef buyer, OrganisationRef seller, OrganisationRef otherParty,
                               String startedBy, OffsetDateTime createdAt, @Nullable OffsetDateTime lastMessageAt,
                               @Nullable MessageView lastMessage, long unread) {
}
