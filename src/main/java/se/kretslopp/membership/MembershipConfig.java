package se.kretslopp.membership;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Optional;

/** Joining: how long invitations hold, and how to reach the identity provider's admin API (docs/configuration.md). */
@ConfigMapping(prefix = "kretslopp.membership")
public interface MembershipConfig {

    /** How long an invitation can be accepted (KRETSLOPP_MEMBERSHIP_INVITATION_LIFETIME, ISO-8601; 14 days). */
    @WithDefault("P14D")
    Duration invitationLifetime();

    /** Where the accept link of an invitation points: the web UI's page, given the token as {@code token}. */
    @WithDefault("/joining/invitation")
    String invitationPath();

    Keycloak keycloak();

    /** The service account that sets users' organisation and roles (Keycloak's Admin REST API). */
    interface Keycloak {

        /** Keycloak's base URL, without /realms/...: KEYCLOAK_ADMIN_SERVER_URL; none: joining cannot be decided. */
        Optional<String> serverUrl();

        /** The realm of the users and of the service account's client (KEYCLOAK_ADMIN_REALM). */
        @WithDefault("kretslopp")
        String realm();

        /** KEYCLOAK_ADMIN_CLIENT_ID */
        @WithDefault("kretslopp-admin")
        String clientId();

        /** KEYCLOAK_ADMIN_CLIENT_SECRET */
        Optional<String> clientSecret();

        /**
         * How long one request to the admin API may wait for an answer (KEYCLOAK_ADMIN_TIMEOUT, ISO-8601; 5 s):
         * then the change fails as a whole, with 503, and nothing is half-done. The request itself gives up, so no
         * change can land in Keycloak after the answer said it did not.
         */
        @WithDefault("PT5S")
        Duration timeout();
    }
}
