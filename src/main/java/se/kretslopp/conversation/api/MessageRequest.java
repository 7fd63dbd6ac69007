package se.kretslopp.conversation.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A new message: plain text, 1 to 4,000 characters once trimmed (stored as given). */
public record MessageRequest(@NotNull @Size(max = 8000) String text) {
}
