package se.kretslopp.deployment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The {@code openAPIV3Schema} of every CRD under {@code k8s/crds/}, made strict: Kubernetes silently prunes a field
 * its structural schema does not declare, so here every object schema that declares properties and does not preserve
 * unknown fields refuses any other ({@code additionalProperties: false}), as the API server's field validation would.
 * The Kubernetes extensions are translated for a plain JSON-schema validator.
 */
final class CrdSchemas {

    static final Path CRDS = Path.of("k8s/crds");
    private static final YAMLMapper YAML = new YAMLMapper();
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4);

    private final Map<String, JsonSchema> schemas;

    private CrdSchemas(Map<String, JsonSchema> schemas) {
        this.schemas = schemas;
    }

    static CrdSchemas load() throws IOException {
        Map<String, JsonSchema> schemas = new HashMap<>();
        try (Stream<Path> files = Files.walk(CRDS)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".yml")).toList()) {
                JsonNode crd = YAML.readTree(file.toFile());
                if (!"CustomResourceDefinition".equals(crd.path("kind").asText())) {
                    continue;
                }
                String group = crd.at("/spec/group").asText();
                String kind = crd.at("/spec/names/kind").asText();
                for (JsonNode version : crd.at("/spec/versions")) {
                    ObjectNode schema = version.at("/schema/openAPIV3Schema").deepCopy();
                    // every object has these, whether its CRD's schema names them or not
                    ObjectNode properties = schema.has("properties") ? (ObjectNode) schema.get("properties") : schema.putObject("properties");
                    properties.putIfAbsent("apiVersion", JsonNodeFactory.instance.objectNode().put("type", "string"));
                    properties.putIfAbsent("kind", JsonNodeFactory.instance.objectNode().put("type", "string"));
                    properties.putIfAbsent("metadata", JsonNodeFactory.instance.objectNode().put("type", "object"));
                    strict(schema);
                    schemas.put(group + "/" + version.path("name").asText() + "/" + kind, FACTORY.getSchema(schema));
                }
            }
        }
        if (schemas.isEmpty()) {
            throw new IllegalStateException("no CRD found under " + CRDS.toAbsolutePath());
        }
        return new CrdSchemas(schemas);
    }

    boolean knows(JsonNode object) {
        return schemas.containsKey(StrictKubernetesModel.key(object));
    }

    /** The problems of one custom resource against its CRD's schema; empty when it is valid. */
    List<String> problems(JsonNode object) {
        JsonSchema schema = schemas.get(StrictKubernetesModel.key(object));
        List<String> problems = new ArrayList<>();
        if (schema == null) {
            problems.add(StrictKubernetesModel.name(object) + ": no CRD in " + CRDS + " for " + StrictKubernetesModel.key(object));
            return problems;
        }
        for (ValidationMessage message : schema.validate(object)) {
            problems.add(StrictKubernetesModel.name(object) + ": " + message.getMessage());
        }
        problems.addAll(StrictKubernetesModel.metadataProblems(object));
        return problems;
    }

    /** Makes a structural schema strict and readable by a draft-4 validator, in place. */
    static void strict(JsonNode node) {
        if (!(node instanceof ObjectNode schema)) {
            return;
        }
        boolean preserve = schema.path("x-kubernetes-preserve-unknown-fields").asBoolean(false);
        if (schema.path("x-kubernetes-embedded-resource").asBoolean(false)) {
            ObjectNode properties = schema.has("properties") ? (ObjectNode) schema.get("properties") : schema.putObject("properties");
            properties.putIfAbsent("apiVersion", JsonNodeFactory.instance.objectNode().put("type", "string"));
            properties.putIfAbsent("kind", JsonNodeFactory.instance.objectNode().put("type", "string"));
            properties.putIfAbsent("metadata", JsonNodeFactory.instance.objectNode().put("type", "object"));
        }
        if (schema.path("x-kubernetes-int-or-string").asBoolean(false)) {
            schema.remove("type");
            ArrayNode anyOf = schema.putArray("anyOf");
            anyOf.addObject().put("type", "integer");
            anyOf.addObject().put("type", "string");
        }
        if (schema.has("properties") && !schema.has("additionalProperties") && !preserve) {
            schema.put("additionalProperties", false);
        }
        // Kubernetes' own keywords and OpenAPI's nullable mean nothing to a JSON-schema validator
        for (Iterator<String> names = schema.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (name.startsWith("x-kubernetes-") || name.equals("nullable")) {
                names.remove();
            }
        }
        if (schema.get("properties") instanceof ObjectNode properties) {
            properties.forEach(CrdSchemas::strict);
        }
        strict(schema.get("items"));
        strict(schema.get("additionalProperties"));
        for (String combinator : List.of("allOf", "anyOf", "oneOf")) {
            schema.path(combinator).forEach(CrdSchemas::strict);
        }
        strict(schema.get("not"));
    }
}
