package se.kretslopp.membership;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.eclipse.microprofile.config.ConfigProvider;
import se.kretslopp.e2e.KeycloakTestResource;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * People of the devstack's real Keycloak made for one test (never the demo users), through its Admin REST API as
 * the same service account that the service uses (kretslopp-admin: view-users, query-users, manage-users), and
 * their real access tokens (password grant of the local-only client kretslopp-cli). Public for the browser journey
 * of joining (e2e.JoiningJourneyTest).
 */
public final class KeycloakUsers {

    public static final String PASSWORD = "test-password-1";

    private KeycloakUsers() {
    }

    /** A person created with this username (made unique), in no organisation unless org is given, with these roles. */
    public record User(String id, String username) {

        public String token() {
            return KeycloakTestResource.token(realmUrl(), username, PASSWORD);
        }
    }

    static String keycloakUrl() {
        return ConfigProvider.getConfig().getValue("kretslopp.membership.keycloak.server-url", String.class);
    }

    static String realmUrl() {
        return keycloakUrl() + "/realms/kretslopp";
    }

    private static String adminToken() {
        return given().formParam("grant_type", "client_credentials").formParam("client_id", "kretslopp-admin")
                .formParam("client_secret", "kretslopp-admin-dev-secret")
                .post(realmUrl() + "/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
    }

    public static User create(String name, String org, String... roles) {
        String username = name + "-" + UUID.randomUUID().toString().substring(0, 8);
        return createExactly(username, org, roles);
    }

    /** A user with exactly this username, or the one that has it already (Ingrid of the test configuration). */
    public static User createExactly(String username, String org, String... roles) {
        String admin = adminToken();
        List<String> existing = given().auth().oauth2(admin).queryParam("username", username).queryParam("exact", true)
                .get(keycloakUrl() + "/admin/realms/kretslopp/users").then().statusCode(200).extract().path("id");
        if (!existing.isEmpty()) {
            return new User(existing.get(0), username);
        }
        Map<String, Object> body = new java.util.HashMap<>(Map.of("username", username, "enabled", true,
                "email", username + "@example.org", "emailVerified", true, "firstName", "Test",
                "lastName", username.replaceAll("[^A-Za-z]", ""),
                "credentials", List.of(Map.of("type", "password", "value", PASSWORD, "temporary", false))));
        if (org != null) {
            body.put("attributes", Map.of("org", List.of(org)));
        }
        Response created = given().auth().oauth2(admin).contentType(ContentType.JSON).body(body)
                .post(keycloakUrl() + "/admin/realms/kretslopp/users");
        assertEquals(201, created.statusCode(), created.asString());
        String location = created.header("Location");
        String id = location.substring(location.lastIndexOf('/') + 1);
        if (roles.length > 0) {
            String users = keycloakUrl() + "/admin/realms/kretslopp/users/" + id;
            List<Map<String, Object>> available = given().auth().oauth2(admin)
                    .get(users + "/role-mappings/realm/available").then().statusCode(200).extract().jsonPath()
                    .getList("$");
            List<Map<String, Object>> wanted = available.stream()
                    .filter(role -> List.of(roles).contains((String) role.get("name"))).toList();
            assertEquals(roles.length, wanted.size(), "roles " + List.of(roles) + " among " + available);
            given().auth().oauth2(admin).contentType(ContentType.JSON).body(wanted)
                    .post(users + "/role-mappings/realm").then().statusCode(204);
        }
        return new User(id, username);
    }
}
