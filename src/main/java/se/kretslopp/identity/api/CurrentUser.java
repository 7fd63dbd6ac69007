package se.kretslopp.identity.api;

import se.kretslopp.organisation.api.OrganisationView;

import java.util.Set;

/**
 * The person behind the current request, built from their access token, with the organisation named by its
 * {@code org} claim. Features use it to decide what the person may see and change.
 */
public record CurrentUser(String subject, String username, String name, String email, Set<String> roles,
                          OrganisationView organisation) {

    public boolean hasRole(String role) {
        return roles.contains(role);
    }
}
