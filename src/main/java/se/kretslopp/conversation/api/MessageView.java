package se.kretslopp.conversation.api;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A message as the participants see it. Plain text: a client renders it as text, never as markup. A hidden message
 * has no text and no attachments, only that (and when) a moderator hid it.
 */
public record MessageView(UUID id, UUID conversationId, OrganisationRef organisation, String authorUsername,
                          String authorName, String text, OffsetDateTime createdAt, boolean mine, boolean hidden,
                          OffsetDateTime hiddenAt, List<AttachmentView> attachments) {
}
