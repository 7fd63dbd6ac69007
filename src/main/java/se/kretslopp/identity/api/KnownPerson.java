package se.kretslopp.identity.api;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A person record: who used the service, and whether and as whom they were pseudonymised (null: not). */
public record KnownPerson(UUID organisationId, String username, String subject, String name, String email,
                          String pseudonym, OffsetDateTime pseudonymisedAt) {
}
