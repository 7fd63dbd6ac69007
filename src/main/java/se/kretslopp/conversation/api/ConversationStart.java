package se.kretslopp.conversation.api;

import jakarta.validation.constraints.NotNull;

import java.util.UUID;

/** Opens the caller's organisation's thread about a subject, or finds the one there is. */
public record ConversationStart(@NotNull SubjectKind subjectKind, @NotNull UUID subjectId) {
}
