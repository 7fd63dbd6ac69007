package se.kretslopp.deployment;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.both;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Validates every overlay of {@code k8s/} without a cluster: rendered with kubectl's Kustomize, every core object is
 * parsed strictly with the fabric8 model, every custom resource is validated against its CRD's schema, and the
 * project's rules hold (DeploymentRules). The tests at the end break a rendered object on purpose and show each check
 * catching it.
 */
class KubernetesManifestsTest {

    private static final Set<String> EXPECTED_KINDS = Set.of("Deployment", "Service", "ServiceAccount", "ConfigMap",
            "PodDisruptionBudget", "HorizontalPodAutoscaler", "NetworkPolicy", "Ingress", "Cluster", "Pooler",
            "ScheduledBackup", "OpenSearchCluster", "Keycloak", "KeycloakRealmImport");

    private static CrdSchemas crds;
    private static DeploymentDocs docs;
    private static final Map<String, List<JsonNode>> rendered = new HashMap<>();

    @BeforeAll
    static void render() throws Exception {
        crds = CrdSchemas.load();
        docs = DeploymentDocs.read();
        for (Path overlay : Kustomize.overlays()) {
            rendered.put(overlay.getFileName().toString(), Kustomize.render(overlay));
        }
    }

    /** Everything wrong with one rendering, from all three checks. */
    static List<String> problems(List<JsonNode> objects) {
        List<String> problems = new ArrayList<>();
        for (JsonNode object : objects) {
            if (StrictKubernetesModel.knows(object)) {
                problems.addAll(StrictKubernetesModel.problems(object));
            } else if (crds.knows(object)) {
                problems.addAll(crds.problems(object));
            } else {
                problems.add(StrictKubernetesModel.name(object) + ": neither a known core kind nor a custom resource with a "
                        + "CRD in k8s/crds (" + StrictKubernetesModel.key(object) + ")");
            }
        }
        problems.addAll(DeploymentRules.check(objects, docs));
        return problems;
    }

    @Test
    void everyOverlayRendersAndIsValid() {
        assertThat(rendered.keySet(), hasItems("production", "pilot"));
        rendered.forEach((overlay, objects) -> {
            assertThat("kinds of " + overlay, objects.stream().map(o -> o.path("kind").asText()).collect(Collectors.toSet()),
                    hasItems(EXPECTED_KINDS.toArray(String[]::new)));
            assertThat("problems of overlay " + overlay, problems(objects), is(empty()));
        });
    }

    @Test
    void productionRunsThreeReplicasAndThePilotOneOrTwo() {
        assertThat(deployment("production").at("/spec/replicas").asInt(), is(3));
        assertThat(find("production", "HorizontalPodAutoscaler", "kretslopp").at("/spec/minReplicas").asInt(), is(3));
        assertThat(find("production", "Cluster", "kretslopp-db").at("/spec/instances").asInt(), is(3));
        assertThat(find("production", "OpenSearchCluster", "kretslopp-search").at("/spec/nodePools/0/replicas").asInt(), is(3));
        assertThat(deployment("pilot").at("/spec/replicas").asInt(), both(greaterThanOrEqualTo(1)).and(lessThanOrEqualTo(2)));
        assertThat(find("pilot", "HorizontalPodAutoscaler", "kretslopp").at("/spec/maxReplicas").asInt(), both(greaterThanOrEqualTo(1)).and(lessThanOrEqualTo(2)));
    }

    @Test
    void theServiceReachesPostgresThroughThePoolerAndFlywayDirectly() {
        JsonNode config = find("production", "ConfigMap", "kretslopp-config").path("data");
        String pooler = find("production", "Pooler", "kretslopp-db-pooler-rw").at("/metadata/name").asText();
        assertThat(find("production", "Pooler", "kretslopp-db-pooler-rw").at("/spec/pgbouncer/poolMode").asText(), is("transaction"));
        assertThat(config.path("DB_HOST").asText(), is(pooler));
        assertThat(config.path("QUARKUS_DATASOURCE_REACTIVE_POSTGRESQL_USE_LAYER7_PROXY").asText(), is("true"));
        assertThat(config.path("QUARKUS_DATASOURCE_REACTIVE_CACHE_PREPARED_STATEMENTS").asText(), is("false"));
        assertThat(config.path("QUARKUS_DATASOURCE_JDBC_URL").asText(), startsWith("jdbc:postgresql://kretslopp-db-rw:5432/"));
        // the database credentials are the ones CloudNativePG makes for the cluster's application user
        JsonNode password = null;
        for (JsonNode env : deployment("production").at("/spec/template/spec/containers/0/env")) {
            if (env.path("name").asText().equals("DB_PASSWORD")) {
                password = env.at("/valueFrom/secretKeyRef");
            }
        }
        assertThat(String.valueOf(password), password.path("name").asText(), is("kretslopp-db-app"));
        assertThat(password.path("key").asText(), is("password"));
    }

    @Test
    void theServiceTakesTheReceiptKeyOfDeliveryNotesFromASecret() {
        // unset, each start draws a key, and delivery notes printed again after a restart get new codes
        for (String overlay : List.of("production", "pilot")) {
            JsonNode key = null;
            for (JsonNode env : deployment(overlay).at("/spec/template/spec/containers/0/env")) {
                if (env.path("name").asText().equals("KRETSLOPP_DELIVERY_RECEIPT_KEY")) {
                    key = env.at("/valueFrom/secretKeyRef");
                }
            }
            assertThat(overlay + ": KRETSLOPP_DELIVERY_RECEIPT_KEY from a Secret", key, is(notNullValue()));
            assertThat(String.valueOf(key), key.path("name").asText(), is("kretslopp-delivery-receipt"));
            assertThat(key.path("key").asText(), is("key"));
        }
    }

    @Test
    void theRenderedRealmImportIsTheProductionRealm() throws Exception {
        for (String overlay : rendered.keySet()) {
            JsonNode realmImport = find(overlay, "KeycloakRealmImport", "kretslopp-realm");
            ProductionRealmImportTest.assertProduction(realmImport, realmImport.toString(), ProductionRealm.readDevelopmentRealm());
        }
    }

    @Test
    void theRestoreDrillRecoversFromTheProductionBackups() throws Exception {
        JsonNode drill = new YAMLMapper()
                .readTree(Path.of("k8s/drills/restore-kretslopp-db.yaml").toFile());
        assertThat(crds.problems(drill), is(empty()));
        JsonNode backup = find("production", "Cluster", "kretslopp-db").at("/spec/backup/barmanObjectStore");
        JsonNode source = drill.at("/spec/externalClusters/0/barmanObjectStore");
        assertThat(drill.at("/spec/bootstrap/recovery/source").asText(), is(drill.at("/spec/externalClusters/0/name").asText()));
        assertThat(source.path("destinationPath"), is(backup.path("destinationPath")));
        assertThat(source.path("s3Credentials"), is(backup.path("s3Credentials")));
    }

    @Test
    void withoutKubectlTheValidationFailsRatherThanSkips() {
        AssertionError error = assertThrows(AssertionError.class,
                () -> Kustomize.render("kubectl-that-is-not-installed", Path.of("k8s/overlays/production")));
        assertThat(error.getMessage(), containsString("kubectl is not installed"));
    }

    // --- each check fails on a broken field ---

    @Test
    void aMisspeltFieldOfACoreObjectFails() {
        List<JsonNode> objects = copy("production");
        ObjectNode container = (ObjectNode) deploymentOf(objects).at("/spec/template/spec/containers/0");
        container.put("imagePullPolcy", "Always");
        assertOneProblem(objects, "Deployment kretslopp", "imagePullPolcy", ".spec.template.spec.containers[0]");
    }

    @Test
    void aValueOfTheWrongTypeInACoreObjectFails() {
        List<JsonNode> objects = copy("production");
        ((ObjectNode) deploymentOf(objects).at("/spec")).put("replicas", "three");
        assertOneProblem(objects, "Deployment kretslopp", "replicas");
    }

    @Test
    void aMisspeltOrWrongFieldOfACustomResourceFails() {
        List<JsonNode> objects = copy("production");
        ((ObjectNode) findIn(objects, "Cluster", "kretslopp-db").at("/spec")).put("instancess", 3);
        ((ObjectNode) findIn(objects, "Pooler", "kretslopp-db-pooler-rw").at("/spec/pgbouncer")).put("poolMode", "transactional");
        ((ObjectNode) findIn(objects, "OpenSearchCluster", "kretslopp-search").at("/spec/nodePools/0")).put("replicas", "3");
        ((ObjectNode) findIn(objects, "Keycloak", "kretslopp-keycloak").at("/metadata")).put("lables", "x");
        List<String> problems = problems(objects);
        assertThat(String.join("\n", problems), problems, hasSize(4));
        assertThat(problems, hasItem(allOf(containsString("Cluster kretslopp-db"), containsString("instancess"))));
        assertThat(problems, hasItem(allOf(containsString("Pooler kretslopp-db-pooler-rw"), containsString("poolMode"))));
        assertThat(problems, hasItem(allOf(containsString("OpenSearchCluster kretslopp-search"), containsString("replicas"))));
        assertThat(problems, hasItem(allOf(containsString("Keycloak kretslopp-keycloak metadata"), containsString("lables"))));
    }

    @Test
    void aFieldOfTheRealmThatKeycloakDoesNotKnowFails() {
        List<JsonNode> objects = copy("production");
        ((ObjectNode) findIn(objects, "KeycloakRealmImport", "kretslopp-realm").at("/spec/realm/clients/0")).put("redirectUri", "x");
        assertOneProblem(objects, "KeycloakRealmImport", "redirectUri");
    }

    @Test
    void theProjectRulesFailOnWhatTheyForbid() {
        List<JsonNode> objects = copy("production");
        ObjectNode spec = (ObjectNode) deploymentOf(objects).at("/spec/template/spec");
        ObjectNode container = (ObjectNode) spec.at("/containers/0");
        container.put("image", "registry.example.org/kretslopp/kretslopp:latest");
        ((ObjectNode) container.at("/resources")).remove("requests");
        ((ObjectNode) container.at("/securityContext")).put("readOnlyRootFilesystem", false);
        ((ObjectNode) container.at("/readinessProbe/httpGet")).put("path", "/health");
        ((ObjectNode) container.at("/livenessProbe/httpGet")).put("port", "http");
        container.withArray("env").addObject().put("name", "SMTP_PASSWORD").put("value", "hemligt123");
        container.withArray("env").addObject().put("name", "KRETSLOPP_DELIVERY_RECEIPT_KEY").put("value", "nyckel");
        container.withArray("env").addObject().put("name", "EXTRA").putObject("valueFrom").putObject("secretKeyRef")
                .put("name", "undocumented").put("key", "value");
        spec.put("automountServiceAccountToken", true);
        ((ObjectNode) findIn(objects, "ConfigMap", "kretslopp-config").path("data")).put("DB_HOSTNAME", "x");
        ObjectNode secret = JsonNodeFactory.instance.objectNode().put("apiVersion", "v1").put("kind", "Secret");
        secret.putObject("metadata").put("name", "kretslopp");
        objects.add(secret);

        String problems = String.join("\n", DeploymentRules.check(objects, docs));
        for (String expected : List.of(
                "uses the tag latest",
                "no resources.requests.cpu",
                "readOnlyRootFilesystem is not true",
                "readinessProbe path /health is not one the service serves",
                "livenessProbe port http is not the management port 9000",
                "SMTP_PASSWORD has a value in plain text",
                "KRETSLOPP_DELIVERY_RECEIPT_KEY has a value in plain text",
                "Secret undocumented (",
                "the pod must not mount a service-account token",
                "DB_HOSTNAME is not in the table of docs/configuration.md",
                "the service does not read DB_HOSTNAME",
                "Secret kretslopp: Secrets are made by operators or by hand")) {
            assertThat(problems, containsString(expected));
        }
    }

    @Test
    void hostnamesThatDisagreeFail() {
        List<JsonNode> objects = copy("production");
        ((ObjectNode) findIn(objects, "ConfigMap", "kretslopp-config").path("data")).put("KRETSLOPP_PUBLIC_URL", "https://kretslopp.kalmar.se");
        String problems = String.join("\n", DeploymentRules.check(objects, docs));
        assertThat(problems, containsString("no Ingress serves kretslopp.kalmar.se"));
        assertThat(problems, containsString("not to KRETSLOPP_PUBLIC_URL's host kretslopp.kalmar.se"));
    }

    private static List<JsonNode> copy(String overlay) {
        List<JsonNode> objects = new ArrayList<>();
        rendered.get(overlay).forEach(o -> objects.add(o.deepCopy()));
        assertThat("the unbroken rendering", problems(objects), is(empty()));
        return objects;
    }

    private static void assertOneProblem(List<JsonNode> objects, String... parts) {
        List<String> problems = problems(objects);
        assertThat(String.join("\n", problems), problems, hasSize(1));
        for (String part : parts) {
            assertThat(problems.get(0), containsString(part));
        }
    }

    private static JsonNode deployment(String overlay) {
        return find(overlay, "Deployment", "kretslopp");
    }

    private static JsonNode deploymentOf(List<JsonNode> objects) {
        return findIn(objects, "Deployment", "kretslopp");
    }

    private static JsonNode find(String overlay, String kind, String name) {
        return findIn(rendered.get(overlay), kind, name);
    }

    private static JsonNode findIn(List<JsonNode> objects, String kind, String name) {
        return objects.stream()
                .filter(o -> o.path("kind").asText().equals(kind) && o.at("/metadata/name").asText().equals(name))
                .findFirst().orElseThrow(() -> new AssertionError("no " + kind + " " + name));
    }
}
