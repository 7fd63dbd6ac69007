package se.kretslopp.deployment;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.in;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/** The production realm import is the development realm without what must never reach production. */
class ProductionRealmImportTest {

    private static final YAMLMapper YAML = new YAMLMapper();

    @Test
    void theCommittedImportIsGeneratedFromTheDevelopmentRealm() throws Exception {
        String generated = ProductionRealm.generate();
        if (Boolean.getBoolean("kretslopp.regenerate")) {
            Files.writeString(ProductionRealm.IMPORT, generated, StandardCharsets.UTF_8);
        }
        assertEquals(generated, Files.readString(ProductionRealm.IMPORT, StandardCharsets.UTF_8),
                ProductionRealm.IMPORT + " is not what infra/keycloak/kretslopp-realm.json gives; regenerate it: "
                        + "./mvnw -B test -Dtest=ProductionRealmImportTest -Dkretslopp.regenerate=true");
    }

    @Test
    void theCommittedImportHasNoPasswordGrantNoDemoUsersAndNoDevelopmentSecrets() throws Exception {
        String text = Files.readString(ProductionRealm.IMPORT, StandardCharsets.UTF_8);
        JsonNode development = ProductionRealm.readDevelopmentRealm();
        assertProduction(YAML.readTree(text), text, development);
    }

    @Test
    void whatIsAddedToTheDevelopmentRealmLaterIsKeptOutToo() throws Exception {
        ObjectNode development = (ObjectNode) ProductionRealm.readDevelopmentRealm();
        ArrayNode users = (ArrayNode) development.get("users");
        ObjectNode visitor = users.addObject().put("username", "besokare").put("email", "besokare@example.org");
        visitor.putArray("credentials").addObject().put("type", "password").put("value", "hemligt-lösenord-42");
        visitor.putObject("attributes").putArray("org").add("kalmar-kommun");
        ObjectNode reporter = ((ArrayNode) development.get("clients")).addObject()
                .put("clientId", "kretslopp-reports").put("publicClient", false)
                .put("directAccessGrantsEnabled", true).put("secret", "reports-dev-secret-123");
        reporter.putArray("redirectUris").add("http://localhost:*");
        users.addObject().put("username", "service-account-kretslopp-reports")
                .put("serviceAccountClientId", "kretslopp-reports")
                .putObject("attributes").putArray("org").add("kalmar-kommun");

        ObjectNode realmImport = ProductionRealm.realmImport(development);
        String text = ProductionRealm.yaml(realmImport);

        assertProduction(realmImport, text, development);
        for (String gone : List.of("besokare", "hemligt-lösenord-42", "reports-dev-secret-123", "localhost")) {
            assertThat(text, not(containsString(gone)));
        }
        assertThat(clientIds(realmImport), hasItem("kretslopp-reports"));
        assertThat(realmImport.at("/spec/placeholders/KRETSLOPP_REPORTS_CLIENT_SECRET/secret/key").asText(),
                is("kretslopp-reports"));
    }

    /** What every production import must hold, checked against the development realm it came from. */
    static void assertProduction(JsonNode realmImport, String text, JsonNode development) {
        JsonNode realm = realmImport.at("/spec/realm");
        assertThat(realmImport.path("kind").asText(), is("KeycloakRealmImport"));
        assertThat(realm.path("realm").asText(), is(development.path("realm").asText()));

        // no password-grant client, no password grant, no implicit flow
        for (String client : ProductionRealm.DEVELOPMENT_CLIENTS) {
            assertThat(clientIds(realmImport), not(hasItem(client)));
        }
        for (JsonNode client : realm.path("clients")) {
            assertFalse(client.path("directAccessGrantsEnabled").asBoolean(true), "password grant of " + client.path("clientId"));
            assertFalse(client.path("implicitFlowEnabled").asBoolean(true), "implicit flow of " + client.path("clientId"));
        }
        // the clients of production are all there
        assertThat(clientIds(realmImport), hasItems("kretslopp-web", "kretslopp-api", "kretslopp-machine"));

        // no person: only service-account users of kept clients, without credentials or organisation
        Set<String> kept = new HashSet<>(clientIds(realmImport));
        for (JsonNode user : realm.path("users")) {
            assertThat("user " + user.path("username") + " is a service account of a kept client",
                    user.path("serviceAccountClientId").asText(""), is(in(kept)));
            assertFalse(user.has("credentials"));
            assertFalse(user.has("attributes"));
        }
        for (JsonNode user : development.path("users")) {
            if (!user.has("serviceAccountClientId")) {
                assertThat(usernames(realm), not(hasItem(user.path("username").asText())));
            }
        }
        assertTrue(realm.findValues("credentials").isEmpty(), "no credentials anywhere in the realm");

        // no development secret: every confidential client's secret is a placeholder filled from the Secret
        List<String> values = new ArrayList<>(realm.findValuesAsText("secret"));
        values.addAll(realm.findValuesAsText("value"));
        for (String secret : developmentSecrets(development)) {
            assertThat("a development secret as a value", values, not(hasItem(secret)));
            if (secret.length() >= 8) {
                assertThat("a development secret", text, not(containsString(secret)));
            }
        }
        for (JsonNode client : realm.path("clients")) {
            if (client.has("secret")) {
                String placeholder = ProductionRealm.placeholderOf(client.path("clientId").asText());
                assertThat(client.path("secret").asText(), is("${" + placeholder + "}"));
                JsonNode ref = realmImport.at("/spec/placeholders/" + placeholder + "/secret");
                assertThat(ref.path("name").asText(), is(ProductionRealm.CLIENT_SECRETS));
                assertThat(ref.path("key").asText(), is(client.path("clientId").asText()));
            }
            for (JsonNode uri : client.path("redirectUris")) {
                assertThat(uri.asText(), startsWith(ProductionRealm.PUBLIC_URL + "/"));
            }
            for (JsonNode origin : client.path("webOrigins")) {
                assertThat(origin.asText(), is(ProductionRealm.PUBLIC_URL));
            }
        }
        assertThat(text, not(containsString("localhost")));
        assertThat(text, not(containsString("127.0.0.1")));

        // what production needs stays: the realm roles, the user profile with the org attribute
        assertThat(names(realm.at("/roles/realm")), containsInAnyOrder(names(development.at("/roles/realm")).toArray()));
        assertThat(realm.at("/components").toString(), containsString("declarative-user-profile"));
        assertThat(realm.at("/components").toString(), containsString("\\\"org\\\""));
        assertThat(realm.path("sslRequired").asText(), not(equalTo("none")));
        assertTrue(realm.path("bruteForceProtected").asBoolean());
        // people register themselves and apply to join; their address is verified first
        assertTrue(realm.path("registrationAllowed").asBoolean());
        assertTrue(realm.path("verifyEmail").asBoolean());
        assertThat(realm.path("passwordPolicy").asText().trim(), not(emptyString()));
    }

    static List<String> clientIds(JsonNode realmImport) {
        return names(realmImport.at("/spec/realm/clients"), "clientId");
    }

    private static List<String> usernames(JsonNode realm) {
        return names(realm.path("users"), "username");
    }

    private static List<String> names(JsonNode array) {
        return names(array, "name");
    }

    private static List<String> names(JsonNode array, String field) {
        return StreamSupport.stream(array.spliterator(), false).map(n -> n.path(field).asText()).toList();
    }

    /** The secrets of the development realm: its clients' secrets and its users' passwords. */
    private static List<String> developmentSecrets(JsonNode development) {
        List<String> secrets = new ArrayList<>();
        for (JsonNode client : development.path("clients")) {
            if (client.hasNonNull("secret")) {
                secrets.add(client.path("secret").asText());
            }
        }
        for (JsonNode user : development.path("users")) {
            for (JsonNode credential : user.path("credentials")) {
                if (credential.hasNonNull("value") && credential.path("value").asText().length() >= 4) {
                    secrets.add(credential.path("value").asText());
                }
            }
        }
        assertFalse(secrets.isEmpty(), "the development realm's secrets were found");
        return secrets;
    }
}
