package se.kretslopp.conversation.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

@Schema(name = "ConversationOrganisation")
public record OrganisationRef(UUID id, String code, String name) {
}
