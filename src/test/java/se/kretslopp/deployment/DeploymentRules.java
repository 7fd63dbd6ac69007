package se.kretslopp.deployment;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The project's rules for what an overlay renders, beyond what Kubernetes checks: pinned images, resources and a
 * non-root, read-only, capability-free securityContext on every container, probes on paths the service serves at its
 * management port, credentials only from Secrets the documentation lists, no password in plain text, settings the
 * service reads, and hostnames that agree with one another.
 */
final class DeploymentRules {

    /** The health paths Quarkus (SmallRye Health, default root /q/health) serves on the management interface. */
    static final Set<String> HEALTH_PATHS = Set.of("/q/health/started", "/q/health/live", "/q/health/ready");
    private static final Pattern SECRET_NAME = Pattern.compile("(?i).*(password|secret|token|credential|private|apikey|api_key).*|.*_key");
    /** Values that must never be deployed: the old starting point's and the development realm's. */
    private static final Set<String> KNOWN_WEAK = Set.of("change-me", "changeme", "demo", "password",
            "kretslopp-api-dev-secret", "kretslopp-machine-dev-secret", "dev-only-delivery-receipt-key");

    private final DeploymentDocs docs;
    private final List<String> problems = new ArrayList<>();

    private DeploymentRules(DeploymentDocs docs) {
        this.docs = docs;
    }

    static List<String> check(List<JsonNode> objects, DeploymentDocs docs) {
        DeploymentRules rules = new DeploymentRules(docs);
        rules.checkAll(objects);
        return rules.problems;
    }

    private void checkAll(List<JsonNode> objects) {
        Map<String, String> config = null;
        for (JsonNode object : objects) {
            String kind = object.path("kind").asText();
            String name = StrictKubernetesModel.name(object);
            switch (kind) {
                case "Secret" -> problems.add(name + ": Secrets are made by operators or by hand, never by an overlay "
                        + "(credentials only from existing Secrets)");
                case "Deployment", "StatefulSet", "DaemonSet", "Job" -> workload(name, object.at("/spec/template/spec"));
                case "CronJob" -> workload(name, object.at("/spec/jobTemplate/spec/template/spec"));
                case "ServiceAccount" -> {
                    if (object.path("automountServiceAccountToken").asBoolean(true)) {
                        problems.add(name + ": automountServiceAccountToken must be false");
                    }
                }
                case "ConfigMap" -> config = configMap(name, object);
                case "Cluster" -> image(name, object.at("/spec/imageName").asText(""));
                default -> {
                }
            }
            secretReferences(name, object, "");
            plainTextPasswords(name, object, "");
        }
        if (config == null) {
            problems.add("no ConfigMap with the service's settings");
        } else {
            hostnames(objects, config);
        }
    }

    private void workload(String name, JsonNode pod) {
        if (pod.path("automountServiceAccountToken").asBoolean(true)) {
            problems.add(name + ": the pod must not mount a service-account token");
        }
        JsonNode podSecurity = pod.path("securityContext");
        if (podSecurity.path("runAsUser").asInt(-1) == 0) {
            problems.add(name + ": runs as root (runAsUser 0)");
        }
        List<JsonNode> containers = new ArrayList<>();
        pod.path("initContainers").forEach(containers::add);
        pod.path("containers").forEach(containers::add);
        if (pod.path("containers").isEmpty()) {
            problems.add(name + ": no containers");
        }
        for (JsonNode container : containers) {
            String where = name + " container " + container.path("name").asText();
            image(where, container.path("image").asText(""));
            JsonNode resources = container.path("resources");
            for (String required : List.of("/requests/cpu", "/requests/memory", "/limits/memory")) {
                if (resources.at(required).isMissingNode()) {
                    problems.add(where + ": no resources" + required.replace('/', '.'));
                }
            }
            JsonNode security = container.path("securityContext");
            if (!security.path("runAsNonRoot").asBoolean(podSecurity.path("runAsNonRoot").asBoolean(false))) {
                problems.add(where + ": runAsNonRoot is not true");
            }
            if (security.path("runAsUser").asInt(-1) == 0) {
                problems.add(where + ": runs as root (runAsUser 0)");
            }
            if (security.path("allowPrivilegeEscalation").asBoolean(true)) {
                problems.add(where + ": allowPrivilegeEscalation is not false");
            }
            if (!security.path("readOnlyRootFilesystem").asBoolean(false)) {
                problems.add(where + ": readOnlyRootFilesystem is not true");
            }
            if (!security.at("/capabilities/drop").toString().contains("\"ALL\"")) {
                problems.add(where + ": capabilities are not all dropped");
            }
            for (JsonNode env : container.path("env")) {
                if (SECRET_NAME.matcher(env.path("name").asText()).matches() && env.has("value")) {
                    problems.add(where + ": " + env.path("name").asText() + " has a value in plain text; take it from a Secret");
                }
            }
        }
        if (!pod.path("containers").isEmpty()) {
            probes(name, pod.path("containers").get(0));
        }
    }

    private void image(String where, String image) {
        int slash = image.lastIndexOf('/');
        String last = image.substring(slash + 1);
        if (image.isEmpty()) {
            problems.add(where + ": no image");
        } else if (!last.contains("@sha256:") && !last.contains(":")) {
            problems.add(where + ": image " + image + " has no tag");
        } else if (last.endsWith(":latest")) {
            problems.add(where + ": image " + image + " uses the tag latest");
        }
    }

    /** The service's three probes: HTTP GETs of paths it serves, on the management port it listens to. */
    private void probes(String name, JsonNode container) {
        int management = Integer.parseInt(docs.defaultOf("quarkus.management.port"));
        if (docs.applicationProperties().contains("quarkus.smallrye-health.root-path")
                || docs.applicationProperties().contains("quarkus.http.non-application-root-path")) {
            problems.add("application.properties moves the health paths; update DeploymentRules.HEALTH_PATHS");
        }
        for (String probe : List.of("startupProbe", "livenessProbe", "readinessProbe")) {
            JsonNode get = container.at("/" + probe + "/httpGet");
            if (get.isMissingNode()) {
                problems.add(name + ": no " + probe + " (HTTP GET)");
                continue;
            }
            if (!HEALTH_PATHS.contains(get.path("path").asText())) {
                problems.add(name + ": " + probe + " path " + get.path("path").asText() + " is not one the service serves "
                        + HEALTH_PATHS);
            }
            JsonNode port = get.path("port");
            int number = port.isInt() ? port.asInt() : -1;
            for (JsonNode p : container.path("ports")) {
                if (p.path("name").asText().equals(port.asText())) {
                    number = p.path("containerPort").asInt();
                }
            }
            if (number != management) {
                problems.add(name + ": " + probe + " port " + port.asText() + " is not the management port " + management);
            }
        }
    }

    private Map<String, String> configMap(String name, JsonNode configMap) {
        Map<String, String> data = new java.util.HashMap<>();
        configMap.path("data").fields().forEachRemaining(e -> data.put(e.getKey(), e.getValue().asText()));
        for (String key : data.keySet()) {
            if (!docs.variables().contains(key)) {
                problems.add(name + ": " + key + " is not in the table of docs/configuration.md");
            }
            if (!docs.serviceReads(key)) {
                problems.add(name + ": the service does not read " + key + " (application.properties)");
            }
            if (SECRET_NAME.matcher(key).matches()) {
                problems.add(name + ": " + key + " belongs in a Secret, not a ConfigMap");
            }
        }
        return data;
    }

    /**
     * Every reference to a Secret: objects with a Secret's name and key (secretKeyRef, CloudNativePG's s3Credentials,
     * Keycloak's usernameSecret and placeholders), a name under a field named like a Secret (envFrom secretRef,
     * adminCredentialsSecret), and secretName (volumes, Ingress TLS). Each must be in the documentation's list.
     */
    private void secretReferences(String name, JsonNode node, String path) {
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                secretReferences(name, node.get(i), path + "[" + i + "]");
            }
            return;
        }
        if (!node.isObject()) {
            return;
        }
        boolean configMapRef = path.endsWith("configMapKeyRef") || path.endsWith("configMapRef") || path.endsWith("configMap");
        if (!configMapRef && node.path("name").isTextual() && node.path("key").isTextual()
                && !path.endsWith("fieldRef") && !path.endsWith("resourceFieldRef")) {
            documented(name, path, node.path("name").asText(), node.path("key").asText());
        } else if (!configMapRef && node.path("name").isTextual() && path.matches("(?i).*(secret|secretref)$")) {
            documented(name, path, node.path("name").asText(), null);
        }
        node.fields().forEachRemaining(field -> {
            if (field.getKey().equals("secretName") && field.getValue().isTextual()) {
                documented(name, path + ".secretName", field.getValue().asText(), null);
            }
            secretReferences(name, field.getValue(), path + "." + field.getKey());
        });
    }

    private void documented(String name, String path, String secret, String key) {
        Set<String> keys = docs.secrets().get(secret);
        if (keys == null) {
            problems.add(name + ": Secret " + secret + " (" + path + ") is not listed in docs/deployment.md#secrets");
        } else if (key != null && !keys.contains(key)) {
            problems.add(name + ": key " + key + " of Secret " + secret + " (" + path + ") is not listed in docs/deployment.md#secrets");
        }
    }

    /** No password-like field with a literal value, no known weak or development value anywhere. */
    private void plainTextPasswords(String name, JsonNode node, String path) {
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                plainTextPasswords(name, node.get(i), path + "[" + i + "]");
            }
        } else if (node.isObject()) {
            node.fields().forEachRemaining(field -> {
                String fieldPath = path + "." + field.getKey();
                if (field.getValue().isTextual() && field.getKey().toLowerCase().matches("password|secret|passwd|token|clientsecret")
                        && !field.getValue().asText().matches("\\$\\{[A-Z0-9_]+}")) {
                    problems.add(name + ": " + fieldPath + " holds a password in plain text");
                }
                // a Secret's name or key names where the password is, and may well be "password"
                if (!field.getKey().equals("key") && !field.getKey().equals("name")) {
                    plainTextPasswords(name, field.getValue(), fieldPath);
                }
            });
        } else if (node.isTextual() && KNOWN_WEAK.contains(node.asText().toLowerCase())) {
            problems.add(name + ": " + path + " is the known value \"" + node.asText() + "\"");
        }
    }

    /** The public hostnames agree: Ingress, KRETSLOPP_PUBLIC_URL, the realm's redirect URIs, Keycloak and the UI. */
    private void hostnames(List<JsonNode> objects, Map<String, String> config) {
        String publicHost = host(config.get("KRETSLOPP_PUBLIC_URL"));
        String loginHost = host(config.get("OIDC_PUBLIC_SERVER_URL"));
        Set<String> ingressHosts = new HashSet<>();
        for (JsonNode object : objects) {
            String kind = object.path("kind").asText();
            if (kind.equals("Ingress")) {
                object.at("/spec/rules").forEach(rule -> ingressHosts.add(rule.path("host").asText()));
                object.at("/spec/tls").forEach(tls -> tls.path("hosts").forEach(h -> {
                    if (!ingressHosts.contains(h.asText())) {
                        problems.add(StrictKubernetesModel.name(object) + ": TLS host " + h.asText() + " has no rule");
                    }
                }));
            } else if (kind.equals("Keycloak") && !loginHost.equals(host(object.at("/spec/hostname/hostname").asText()))) {
                problems.add("Keycloak's hostname is not the host of OIDC_PUBLIC_SERVER_URL (" + loginHost + ")");
            } else if (kind.equals("KeycloakRealmImport")) {
                object.at("/spec/realm/clients").forEach(client -> client.path("redirectUris").forEach(uri -> {
                    if (!host(uri.asText()).equals(publicHost)) {
                        problems.add("realm client " + client.path("clientId").asText() + " redirects to " + uri.asText()
                                + ", not to KRETSLOPP_PUBLIC_URL's host " + publicHost);
                    }
                }));
            }
        }
        for (String host : List.of(publicHost, loginHost)) {
            if (!ingressHosts.contains(host)) {
                problems.add("no Ingress serves " + host);
            }
        }
    }

    private static String host(String url) {
        if (url == null || url.isBlank()) {
            return "";
        }
        String host = URI.create(url.replace("*", "x")).getHost();
        return host == null ? "" : host;
    }
}
