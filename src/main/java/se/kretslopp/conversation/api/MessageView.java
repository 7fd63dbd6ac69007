package se.kretslopp.conversation.api;

import jakarta.annotation.Nullable;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A message as the participants see it. Plain text: a client renders it as text, never as markup. A hidden message
 * has no text and no attachments, only that (and when) a moderator hid it.
 */
public record MessageView(UUID id, UUID conversationId, OrganisationRef organisation, String authorUsername,
                          @Nullable String authorName, @Nullable String text, OffsetDateTime createdAt, boolean mine,
                          boolean hidden, @Nullable OffsetDateTime hiddenAt, List<AttachmentView> attachments) {
}
