package se.kretslopp.common;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.jboss.jandex.AnnotationInstance;
import org.jboss.jandex.ClassInfo;
import org.jboss.jandex.DotName;
import org.jboss.jandex.IndexView;
import org.jboss.jandex.RecordComponentInfo;

/**
 * Marks the properties of response records as {@code required} in the OpenAPI document, so clients generated from
 * it (the web UI's {@code schema.d.ts}) know which properties every answer carries. Jackson writes every component
 * of a record, null ones included, so a response record's property is always there unless the component is
 * {@code Optional}, annotated {@code @Nullable} (any annotation of that simple name, e.g.
 * {@code jakarta.annotation.Nullable}) or {@code @JsonInclude}d only when set, or the record itself is
 * {@code @JsonInclude}d so ({@link Problem}).
 *
 * <p>A component annotated {@code @Nullable} is neither required nor typed without null: its schema also allows
 * null, so the generated type says {@code x?: T | null}. A component without it is required and typed as not
 * null: mark every component of a response record that can be null.
 *
 * <p>Request schemas (those a request body refers to, directly or through other schemas) keep what the Bean
 * Validation annotations say: a client need not send a component that has no {@code @NotNull}. Schemas are found
 * by name (the record's {@code @Schema(name)} or simple name, with the number SmallRye appends when two records
 * share one) and by their property names; a schema no record matches, or one that several records with different
 * rules match, is left as it is, and so is one whose record lists its required properties itself
 * ({@code @Schema(requiredProperties)}, as the deliveries' records do).
 *
 * <p>Runs when the document is built (Quarkus build step), with the application's Jandex index.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class RequiredResponseProperties implements OASFilter {

    private static final String REF_PREFIX = "#/components/schemas/";
    private static final DotName JSON_INCLUDE = DotName.createSimple("com.fasterxml.jackson.annotation.JsonInclude");
    private static final DotName JSON_IGNORE = DotName.createSimple("com.fasterxml.jackson.annotation.JsonIgnore");
    private static final DotName JSON_PROPERTY = DotName.createSimple("com.fasterxml.jackson.annotation.JsonProperty");
    private static final DotName SCHEMA =
            DotName.createSimple("org.eclipse.microprofile.openapi.annotations.media.Schema");

    private final IndexView index;

    public RequiredResponseProperties(IndexView index) {
        this.index = index;
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        Set<String> requests = reachable(requestSchemas(openAPI), schemas);
        Map<String, List<ClassInfo>> records = recordsBySchemaName();
        schemas.forEach((name, schema) -> {
            if (requests.contains(name) || schema.getProperties() == null || schema.getProperties().isEmpty()) {
                return;
            }
            rulesOf(schema.getProperties().keySet(), records.getOrDefault(name.replaceFirst("\\d+$", ""), List.of()))
                    .ifPresent(rules -> {
                        schema.setRequired(rules.required().isEmpty() ? null : rules.required());
                        rules.nullable().forEach(p -> schema.addProperty(p, orNull(schema.getProperties().get(p))));
                    });
        });
    }

    /** What the matching records say of a schema's properties, in the order of the schema. */
    private record Rules(List<String> required, List<String> nullable) {
    }

    /**
     * The required properties by the matching records (same property names), and the {@code @Nullable} ones;
     * empty when no record matches or the matching records disagree.
     */
    private static Optional<Rules> rulesOf(Set<String> properties, List<ClassInfo> candidates) {
        Set<Rules> answers = new HashSet<>();
        for (ClassInfo record : candidates) {
            Map<String, RecordComponentInfo> byProperty = new HashMap<>();
            record.recordComponents().stream()
                    .filter(c -> annotation(c, JSON_IGNORE) == null)
                    .forEach(c -> byProperty.put(propertyName(c), c));
            if (!byProperty.keySet().equals(properties)) {
                continue;
            }
            boolean allOptional = includedOnlyWhenSet(record.declaredAnnotation(JSON_INCLUDE));
            answers.add(new Rules(
                    properties.stream().filter(p -> !allOptional && !mayBeMissing(byProperty.get(p))).toList(),
                    properties.stream().filter(p -> markedNullable(byProperty.get(p))).toList()));
        }
        return answers.size() == 1 ? Optional.of(answers.iterator().next()) : Optional.empty();
    }

    private static String propertyName(RecordComponentInfo component) {
        AnnotationInstance renamed = annotation(component, JSON_PROPERTY);
        if (renamed != null && renamed.value() != null && !renamed.value().asString().isEmpty()) {
            return renamed.value().asString();
        }
        return component.name();
    }

    private static boolean mayBeMissing(RecordComponentInfo component) {
        String type = component.type().name().toString();
        if (type.startsWith("java.util.Optional")) {
            return true;
        }
        return markedNullable(component) || includedOnlyWhenSet(annotation(component, JSON_INCLUDE));
    }

    /**
     * The component's annotation of this name, or its field's: Jackson's annotations cannot target a record
     * component, so javac keeps them only on the field, accessor and constructor parameter it makes of it.
     */
    private static AnnotationInstance annotation(RecordComponentInfo component, DotName name) {
        AnnotationInstance found = component.annotation(name);
        if (found == null && component.field() != null) {
            found = component.field().annotation(name);
        }
        return found;
    }

    private static boolean markedNullable(RecordComponentInfo component) {
        return component.annotations().stream().anyMatch(a -> a.name().local().equals("Nullable"));
    }

    /** The property's schema that also allows null: a type gains "null"; a reference becomes "that, or null". */
    private static Schema orNull(Schema property) {
        if (property.getRef() != null) {
            return OASFactory.createSchema()
                    .description(property.getDescription())
                    .anyOf(List.of(OASFactory.createSchema().ref(property.getRef()),
                            OASFactory.createSchema().addType(Schema.SchemaType.NULL)));
        }
        if (property.getType() != null && !property.getType().contains(Schema.SchemaType.NULL)) {
            property.addType(Schema.SchemaType.NULL);
        }
        return property;
    }

    private static boolean includedOnlyWhenSet(AnnotationInstance jsonInclude) {
        if (jsonInclude == null) {
            return false;
        }
        String value = jsonInclude.value() == null ? "ALWAYS" : jsonInclude.value().asEnum();
        return !value.equals("ALWAYS") && !value.equals("USE_DEFAULTS");
    }

    private Map<String, List<ClassInfo>> recordsBySchemaName() {
        Map<String, List<ClassInfo>> result = new HashMap<>();
        for (ClassInfo info : index.getKnownClasses()) {
            if (info.isRecord() && info.name().toString().startsWith("se.kretslopp.") && !saysWhatIsRequired(info)) {
                result.computeIfAbsent(schemaName(info), k -> new ArrayList<>()).add(info);
            }
        }
        return result;
    }

    /** The name SmallRye gives the record's schema: {@code @Schema(name = ...)}, or else its simple name. */
    private static String schemaName(ClassInfo record) {
        AnnotationInstance schema = record.declaredAnnotation(SCHEMA);
        if (schema != null && schema.value("name") != null && !schema.value("name").asString().isEmpty()) {
            return schema.value("name").asString();
        }
        return record.simpleName();
    }

    /** A record whose {@code @Schema(requiredProperties)} lists what it always carries is left to that list. */
    private static boolean saysWhatIsRequired(ClassInfo record) {
        AnnotationInstance schema = record.declaredAnnotation(SCHEMA);
        return schema != null && schema.value("requiredProperties") != null;
    }

    /** The schemas the request bodies of all operations name. */
    private static Set<String> requestSchemas(OpenAPI openAPI) {
        Set<String> names = new HashSet<>();
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return names;
        }
        for (PathItem item : openAPI.getPaths().getPathItems().values()) {
            for (Operation operation : item.getOperations().values()) {
                if (operation.getRequestBody() != null) {
                    schemasOf(operation.getRequestBody().getContent()).forEach(s -> names.addAll(refs(s)));
                }
            }
        }
        return names;
    }

    private static Stream<Schema> schemasOf(Content content) {
        if (content == null || content.getMediaTypes() == null) {
            return Stream.empty();
        }
        return content.getMediaTypes().values().stream().map(m -> m.getSchema()).filter(s -> s != null);
    }

    /** The schemas reachable from these through properties, items, compositions and additional properties. */
    private static Set<String> reachable(Set<String> start, Map<String, Schema> schemas) {
        Set<String> seen = new LinkedHashSet<>(start);
        Deque<String> work = new ArrayDeque<>(start);
        while (!work.isEmpty()) {
            Schema schema = schemas.get(work.pop());
            if (schema == null) {
                continue;
            }
            for (String name : refs(schema)) {
                if (seen.add(name)) {
                    work.push(name);
                }
            }
        }
        return seen;
    }

    /** The component schemas one schema refers to, directly or inside its parts. */
    private static Set<String> refs(Schema schema) {
        Set<String> names = new HashSet<>();
        Deque<Schema> work = new ArrayDeque<>(List.of(schema));
        while (!work.isEmpty()) {
            Schema s = work.pop();
            if (s.getRef() != null && s.getRef().startsWith(REF_PREFIX)) {
                names.add(s.getRef().substring(REF_PREFIX.length()));
            }
            add(work, s.getProperties() == null ? null : s.getProperties().values());
            add(work, s.getAllOf());
            add(work, s.getAnyOf());
            add(work, s.getOneOf());
            if (s.getItems() != null) {
                work.push(s.getItems());
            }
            if (s.getAdditionalPropertiesSchema() != null) {
                work.push(s.getAdditionalPropertiesSchema());
            }
        }
        return names;
    }

    private static void add(Deque<Schema> work, Collection<Schema> parts) {
        if (parts != null) {
            parts.forEach(work::push);
        }
    }
}
