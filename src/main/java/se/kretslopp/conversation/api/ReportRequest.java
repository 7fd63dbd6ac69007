package se.kretslopp.conversation.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why a message is reported (to the installation's moderators), or why a moderator hides it. */
public record ReportRequest(@NotBlank @Size(max = 1000) String reason) {
}
