package se.kretslopp.deployment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;

/**
 * Makes the production realm import, {@code k8s/keycloak/realm-import.yaml}, from the development realm
 * {@code infra/keycloak/kretslopp-realm.json}, so that the two never drift apart while nothing of the development
 * realm's conveniences reaches production: the password-grant client and every password grant, the demo users (only
 * the service-account users of the clients kept remain, with their roles but without attributes or credentials), the
 * client secrets (each confidential client's secret becomes a placeholder that the Keycloak Operator fills from the
 * Secret {@value #CLIENT_SECRETS}), the wildcard redirect URIs and web origins, and the relaxed realm settings.
 * {@link ProductionRealmImportTest} fails when the committed file differs from what this makes, and writes it anew
 * with {@code -Dkretslopp.regenerate=true}.
 */
final class ProductionRealm {

    static final Path DEVELOPMENT_REALM = Path.of("infra/keycloak/kretslopp-realm.json");
    static final Path IMPORT = Path.of("k8s/keycloak/realm-import.yaml");
    /** The Secret holding one key per confidential client (its client id), the client's secret. */
    static final String CLIENT_SECRETS = "kretslopp-keycloak-clients";
    /** Where people reach the service; the overlays' Ingress and KRETSLOPP_PUBLIC_URL say the same. */
    static final String PUBLIC_URL = "https://kretslopp.example.org";
    static final String KEYCLOAK_CR = "kretslopp-keycloak";
    /** Clients of local development only: scripts that sign in with a user's password. */
    static final Set<String> DEVELOPMENT_CLIENTS = Set.of("kretslopp-cli");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final YAMLMapper YAML = YAMLMapper.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
            .build();

    private ProductionRealm() {
    }

    static JsonNode readDevelopmentRealm() throws IOException {
        return JSON.readTree(DEVELOPMENT_REALM.toFile());
    }

    /** The KeycloakRealmImport custom resource for a development realm. */
    static ObjectNode realmImport(JsonNode developmentRealm) {
        ObjectNode realm = developmentRealm.deepCopy();
        ObjectNode placeholders = JSON.createObjectNode();
        Set<String> keptClients = keepProductionClients(realm, placeholders);
        keepServiceAccountsOf(realm, keptClients);
        realm.put("sslRequired", "external");
        realm.put("bruteForceProtected", true);
        // companies create their own account and then apply to join (docs/organisations.md); the address must be
        // theirs, since the invitation and the decision reach them there
        realm.put("registrationAllowed", true);
        realm.put("verifyEmail", true);
        if (realm.path("passwordPolicy").asText("").isBlank()) {
            realm.put("passwordPolicy", "length(12) and notUsername and notEmail");
        }

        ObjectNode resource = JSON.createObjectNode();
        resource.put("apiVersion", "k8s.keycloak.org/v2alpha1");
        resource.put("kind", "KeycloakRealmImport");
        resource.putObject("metadata").put("name", "kretslopp-realm");
        ObjectNode spec = resource.putObject("spec");
        spec.put("keycloakCRName", KEYCLOAK_CR);
        if (!placeholders.isEmpty()) {
            spec.set("placeholders", placeholders);
        }
        spec.set("realm", realm);
        return resource;
    }

    /** The file's text: a header saying where it comes from, then the resource as YAML. */
    static String yaml(ObjectNode realmImport) throws IOException {
        return "# GENERATED from infra/keycloak/kretslopp-realm.json by src/test/java/se/kretslopp/deployment/"
                + "ProductionRealm.java; do not edit.\n"
                + "# Regenerate: ./mvnw -B test -Dtest=ProductionRealmImportTest -Dkretslopp.regenerate=true\n"
                + "# Without the development client kretslopp-cli, the demo users and the development secrets; client\n"
                + "# secrets come from the Secret " + CLIENT_SECRETS + " (docs/deployment.md#the-realm).\n"
                + YAML.writeValueAsString(realmImport);
    }

    static String generate() throws IOException {
        return yaml(realmImport(readDevelopmentRealm()));
    }

    static String placeholderOf(String clientId) {
        return clientId.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_") + "_CLIENT_SECRET";
    }

    private static Set<String> keepProductionClients(ObjectNode realm, ObjectNode placeholders) {
        Set<String> kept = new HashSet<>();
        ArrayNode clients = (ArrayNode) realm.path("clients");
        for (Iterator<JsonNode> it = clients.elements(); it.hasNext(); ) {
            ObjectNode client = (ObjectNode) it.next();
            String clientId = client.path("clientId").asText();
            if (DEVELOPMENT_CLIENTS.contains(clientId)) {
                it.remove();
                continue;
            }
            kept.add(clientId);
            client.put("directAccessGrantsEnabled", false);
            client.put("implicitFlowEnabled", false);
            boolean confidential = !client.path("publicClient").asBoolean(false) && !client.path("bearerOnly").asBoolean(false);
            if (confidential) {
                String placeholder = placeholderOf(clientId);
                client.put("secret", "${" + placeholder + "}");
                placeholders.putObject(placeholder).putObject("secret").put("name", CLIENT_SECRETS).put("key", clientId);
            } else {
                client.remove("secret");
            }
            replaceLocalAddresses(client);
        }
        return kept;
    }

    /** Redirect URIs and web origins of local development become the public address. */
    private static void replaceLocalAddresses(ObjectNode client) {
        if (hasLocal(client.path("redirectUris"))) {
            client.putArray("redirectUris").add(PUBLIC_URL + "/*");
        }
        if (hasLocal(client.path("webOrigins"))) {
            client.putArray("webOrigins").add(PUBLIC_URL);
        }
        JsonNode attributes = client.path("attributes");
        if (attributes instanceof ObjectNode attrs && attrs.has("post.logout.redirect.uris")) {
            attrs.put("post.logout.redirect.uris", PUBLIC_URL + "/*");
        }
    }

    private static boolean hasLocal(JsonNode uris) {
        for (JsonNode uri : uris) {
            String text = uri.asText();
            if (text.equals("*") || text.equals("+") || text.contains("localhost") || text.contains("127.0.0.1")) {
                return true;
            }
        }
        return false;
    }

    /** Only the service-account users of kept clients stay, with their roles; the installation makes its people. */
    private static void keepServiceAccountsOf(ObjectNode realm, Set<String> keptClients) {
        if (!(realm.path("users") instanceof ArrayNode users)) {
            return;
        }
        for (Iterator<JsonNode> it = users.elements(); it.hasNext(); ) {
            ObjectNode user = (ObjectNode) it.next();
            String client = user.path("serviceAccountClientId").asText(null);
            if (client == null || !keptClients.contains(client)) {
                it.remove();
                continue;
            }
            // the development realm ties it to a demo organisation; the installation gives it its own
            user.remove("attributes");
            user.remove("credentials");
            user.remove("email");
        }
        if (users.isEmpty()) {
            realm.remove("users");
        }
    }
}
