package se.kretslopp.conversation.api;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A reported message for the moderators: its text, author, thread and the reports. */
public record ReportedMessage(UUID id, UUID conversationId, String subjectTitle, OrganisationRef organisation,
                              String authorUsername, String authorName, String text, OffsetDateTime createdAt,
                              OffsetDateTime hiddenAt, String hiddenBy, String hiddenReason, List<Report> reports) {

    public record Report(String reason, String username, OrganisationRef organisation, OffsetDateTime createdAt) {
    }
}
