package se.kretslopp.notification.api;

import java.util.UUID;

/** A person to notify: their organisation and username. */
public record Recipient(UUID organisationId, String username) {
}
