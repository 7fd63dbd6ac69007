package se.kretslopp.e2e;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import se.kretslopp.testsupport.Devstack;

import java.util.HashMap;
import java.util.Map;

/** The real Keycloak of the devstack, with the kretslopp realm and its demo users, for end-to-end tests. */
public class KeycloakTestResource implements QuarkusTestResourceLifecycleManager {

    /** Tests read this to reach the control server of Keycloak's devstack (to stop and start Keycloak). */
    public static final String CONTROL_URL = "kretslopp.test.keycloak-control-url";

    private Devstack devstack;

    @Override
    public Map<String, String> start() {
        devstack = Devstack.start("keycloak");
        String keycloak = devstack.endpoints().path("keycloak").path("url").asText();
        String realm = keycloak + "/realms/kretslopp";
        Map<String, String> config = new HashMap<>();
        // Also under %test: a profile-specific key of application.properties would otherwise win.
        for (String prefix : new String[] {"", "%test."}) {
            config.put(prefix + "quarkus.oidc.auth-server-url", realm);
            config.put(prefix + "quarkus.oidc.token.issuer", realm);
            // joining: the service account kretslopp-admin of the realm file sets people's organisation and roles
            config.put(prefix + "kretslopp.membership.keycloak.server-url", keycloak);
        }
        config.put(CONTROL_URL, devstack.endpoints().path("control").path("url").asText());
        return config;
    }

    @Override
    public void stop() {
        if (devstack != null) {
            devstack.close();
        }
    }

    /** An access token from the real Keycloak for a demo user (the local-only password grant of kretslopp-cli). */
    public static String token(String realm, String username) {
        return token(realm, username, "demo");
    }

    /** An access token from the real Keycloak for a user with this password. */
    public static String token(String realm, String username, String password) {
        return io.restassured.RestAssured.given().formParam("grant_type", "password")
                .formParam("client_id", "kretslopp-cli").formParam("username", username)
                .formParam("password", password)
                .post(realm + "/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
    }
}
