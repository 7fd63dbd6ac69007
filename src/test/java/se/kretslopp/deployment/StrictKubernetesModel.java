package se.kretslopp.deployment;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Parses core Kubernetes objects with the fabric8 model and reports every field the model does not know. The model
 * itself is lenient (it keeps unknown fields in {@code additionalProperties}, as a newer API server might send them),
 * so every parsed object is walked and any such field is a problem: a misspelt field that Kubernetes would drop.
 */
final class StrictKubernetesModel {

    /** The kinds the overlays may contain, by apiVersion and kind. */
    static final Map<String, Class<?>> KINDS = Map.of(
            "v1/ConfigMap", ConfigMap.class,
            "v1/Service", Service.class,
            "v1/ServiceAccount", ServiceAccount.class,
            "apps/v1/Deployment", Deployment.class,
            "policy/v1/PodDisruptionBudget", PodDisruptionBudget.class,
            "autoscaling/v2/HorizontalPodAutoscaler", HorizontalPodAutoscaler.class,
            "networking.k8s.io/v1/NetworkPolicy", NetworkPolicy.class,
            "networking.k8s.io/v1/Ingress", Ingress.class);

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY);

    private StrictKubernetesModel() {
    }

    static boolean knows(JsonNode object) {
        return KINDS.containsKey(key(object));
    }

    static String key(JsonNode object) {
        return object.path("apiVersion").asText() + "/" + object.path("kind").asText();
    }

    /** The problems of one core object; empty when the model knows every field and every value fits. */
    static List<String> problems(JsonNode object) {
        return problems(object, KINDS.get(key(object)), name(object));
    }

    /** The problems of a custom resource's metadata, which the CRD schemas leave open. */
    static List<String> metadataProblems(JsonNode object) {
        return problems(object.path("metadata"), ObjectMeta.class, name(object) + " metadata");
    }

    static String name(JsonNode object) {
        return object.path("kind").asText() + " " + object.at("/metadata/name").asText();
    }

    private static List<String> problems(JsonNode node, Class<?> type, String where) {
        List<String> problems = new ArrayList<>();
        if (type == null) {
            problems.add(where + ": no model for " + key(node));
            return problems;
        }
        Object parsed;
        try {
            parsed = MAPPER.treeToValue(node, type);
        } catch (JsonMappingException e) {
            problems.add(where + ": " + e.getPathReference() + ": " + e.getOriginalMessage());
            return problems;
        } catch (Exception e) {
            problems.add(where + ": " + e.getMessage());
            return problems;
        }
        walk(parsed, "", where, problems);
        return problems;
    }

    private static void walk(Object value, String path, String where, List<String> problems) {
        if (value == null) {
            return;
        }
        if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                walk(list.get(i), path + "[" + i + "]", where, problems);
            }
            return;
        }
        if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> walk(v, path + "." + k, where, problems));
            return;
        }
        if (!value.getClass().getName().startsWith("io.fabric8.")) {
            return;
        }
        Map<?, ?> unknown = additionalProperties(value);
        if (unknown != null && !unknown.isEmpty()) {
            problems.add(where + ": unknown field(s) " + unknown.keySet() + " at " + (path.isEmpty() ? "." : path));
        }
        BeanDescription description = MAPPER.getSerializationConfig().introspect(MAPPER.constructType(value.getClass()));
        for (BeanPropertyDefinition property : description.findProperties()) {
            AnnotatedMember accessor = property.getAccessor();
            if (accessor == null || property.getName().equals("additionalProperties")) {
                continue;
            }
            walk(accessor.getValue(value), path + "." + property.getName(), where, problems);
        }
    }

    private static Map<?, ?> additionalProperties(Object value) {
        try {
            Method method = value.getClass().getMethod("getAdditionalProperties");
            return (Map<?, ?>) method.invoke(value);
        } catch (NoSuchMethodException e) {
            return null;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
