package se.kretslopp.identity.api;

import java.util.UUID;

/**
 * The person whose data is asked for. Features record a person by their organisation and {@link #actor()}: the
 * username, or the token's subject when it has none. A username is only unique within an organisation, so a row
 * is theirs only when both match.
 *
 * @param organisationId their organisation
 * @param actor          the name the features record them by
 * @param subject        their token's subject, which the audit trail records them by
 * @param email          their email as the identity provider gives it, or null
 */
public record DataSubject(UUID organisationId, String actor, String subject, String email) {

    public static DataSubject of(CurrentUser user) {
        return new DataSubject(user.organisation().id(), user.username() == null ? user.subject() : user.username(),
                user.subject(), user.email());
    }
}
