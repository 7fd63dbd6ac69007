package se.kretslopp.membership;

import io.smallrye.mutiny.Uni;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Where the people are kept, and which organisation and roles they have there: the identity provider. Every
 * method fails with a 503 problem ({@code identity-provider-unavailable}) when the provider cannot be reached, and
 * then has changed nothing that the caller must undo.
 */
interface PeopleDirectory {

    /** The Kretslopp roles that an organisation gives its people (realm roles). */
    Set<String> ORGANISATION_ROLES = Set.of("contractor", "builder", "property-unit", "storage-operator", "admin",
            "carrier");

    /** A person of the directory, with their Kretslopp roles. */
    record Person(String subject, String username, String name, String email, String organisation, Set<String> roles) {
    }

    /** The person with this subject (the tokens' {@code sub}); empty if the directory has none. */
    Uni<Optional<Person>> find(String subject);

    /** Puts the person into the organisation (their {@code org} attribute) and adds these roles. */
    Uni<Void> join(String subject, String organisationCode, Set<String> roles);

    /** Takes the person out of the organisation: no {@code org} attribute and none of the Kretslopp roles. */
    Uni<Void> leave(String subject);

    /** The people whose {@code org} attribute is this code. */
    Uni<List<Person>> members(String organisationCode);
}
