package se.kretslopp.wanted.api;

import java.util.UUID;

/** What a conversation about a wanted request needs of it: whose it is and its words. */
public record WantedSubject(UUID id, UUID organisationId, String createdBy, String text, WantedStatus status) {
}
