package se.kretslopp.conversation.api;

import jakarta.annotation.Nullable;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A reported message for the moderators: its text, author, thread and the reports. */
public record ReportedMessage(UUID id, UUID conversationId, @Nullable String subjectTitle, OrganisationRef organisation,
                              String authorUsername, @Nullable String authorName, String text, OffsetDateTime createdAt,
                              @Nullable OffsetDateTime hiddenAt, @Nullable String hiddenBy,
                              @Nullable String hiddenReason, List<Report> reports) {

    public record Report(String reason, String username, OrganisationRef organisation, OffsetDateTime createdAt) {
    }
}
