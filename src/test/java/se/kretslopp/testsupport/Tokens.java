package se.kretslopp.testsupport;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

import java.util.List;
import java.util.Map;

/**
 * Real signed access tokens, shaped like Keycloak's (realm roles in {@code realm_access.roles}, the organisation in
 * {@code org}), signed with the key that Quarkus's OIDC test server publishes.
 */
public final class Tokens {

    public static final String ISSUER = "https://server.example.com";
    public static final String AUDIENCE = "kretslopp-api";

    private Tokens() {
    }

    /** A token of a demo user: username, organisation code and realm roles. */
    public static String of(String username, String org, String... roles) {
        return builder(username, org, roles).sign();
    }

    public static JwtClaimsBuilder builder(String username, String org, String... roles) {
        JwtClaimsBuilder claims = Jwt.issuer(ISSUER)
                .audience(AUDIENCE)
                .subject("sub-" + username)
                .preferredUserName(username)
                .claim("name", "Test " + username)
                .claim("email", username + "@example.org")
                .claim("realm_access", Map.of("roles", List.of(roles)));
        if (org != null) {
            claims.claim("org", org);
        }
        return claims;
    }
}
