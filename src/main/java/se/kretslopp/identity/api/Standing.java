package se.kretslopp.identity.api;

import jakarta.annotation.Nullable;
/**
 * Where a signed-in person stands, answered also when their organisation is not (yet) registered or is deactivated:
 * what the web UI needs to choose between the application to join, the installation's administration and the
 * ordinary pages.
 *
 * @param installationAdmin whether they administer the installation (the role, or named in the configuration)
 * @param organisationCode the token's {@code org} claim, or null when it has none
 * @param organisationState {@code ACTIVE}, {@code DEACTIVATED}, {@code UNREGISTERED} (the claim names no registered
 *                          organisation) or {@code NONE} (no claim)
 * @param organisationName the registered organisation's name, or null
 */
public record Standing(String username, @Nullable String name, boolean installationAdmin,
                       @Nullable String organisationCode, String organisationState,
                       @Nullable String organisationName) {
}
