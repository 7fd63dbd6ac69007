package se.kretslopp.conversation.api;

import jakarta.annotation.Nullable;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

@Schema(name = "ConversationOrganisation")
public record OrganisationRef(UUID id, @Nullable String code, @Nullable String name) {
}
