package se.kretslopp.identity.api;

import java.util.UUID;

/**
 * The person being pseudonymised, as the person record knew them before.
 *
 * @param organisationId their organisation
 * @param actor          the username the features record them by (a key: it stays)
 * @param subject        their token's subject, which the audit trail records them by (a key: it stays)
 * @param name           their name before, or null
 * @param email          their email before, or null
 * @param pseudonym      what names them from now on, e.g. "Person 7f3a09c2"
 */
public record PseudonymisedPerson(UUID organisationId, String actor, String subject, String name, String email,
                                  String pseudonym) {

    /** What free text the person wrote is replaced with. */
    public static final String REMOVED = "[borttaget]";
}
