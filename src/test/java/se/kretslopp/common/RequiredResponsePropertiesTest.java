package se.kretslopp.common;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The OpenAPI document marks what every answer carries as required ({@link RequiredResponseProperties}): the
 * components of response records, except those marked {@code @Nullable}; request schemas keep what their Bean
 * Validation says; {@link Problem}, written only with what it has, stays optional.
 */
@QuarkusTest
class RequiredResponsePropertiesTest {

    private JsonNode schemas;

    @BeforeEach
    void readDocument() throws Exception {
        String body = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().asString();
        schemas = new ObjectMapper().readTree(body).path("components").path("schemas");
    }

    private List<String> required(String schema) {
        assertTrue(schemas.has(schema), schema);
        List<String> names = new ArrayList<>();
        schemas.path(schema).path("required").forEach(n -> names.add(n.asText()));
        return names;
    }

    @Test
    void marksEveryComponentOfAResponseRecordRequiredButTheNullableOnes() {
        assertEquals(List.of("checkedAt", "sealed", "unsealed"), required("AuditCheck"));
        assertEquals(List.of("code", "name", "members", "version", "createdAt", "updatedAt"), required("OrganisationGroupView"));
        assertEquals(List.of("id", "occurredAt", "actor", "resource", "resourceId", "action"), required("AuditEntryView"));
        assertEquals(Set.of("id", "code", "name", "organisationNumber", "kind", "active", "createdAt", "updatedAt", "version"),
                Set.copyOf(required("OrganisationDetails")));
    }

    @Test
    void findsRecordsByTheirSchemaNameAndPropertiesByTheirJsonName() {
        // conversation's OrganisationRef is @Schema(name = "ConversationOrganisation"); code and name are @Nullable
        assertEquals(List.of("id"), required("ConversationOrganisation"));
        assertTrue(allowsNull("ConversationOrganisation", "name"));
        // ListingView's isPublic is written as "public" (@JsonProperty, which javac keeps on the field only)
        List<String> listing = required("ListingView");
        assertTrue(listing.contains("public") && listing.contains("title"), listing.toString());
        assertFalse(listing.contains("material") || listing.contains("thumbnailUrl"), listing.toString());
        assertTrue(allowsNull("ListingView", "material"));
        assertFalse(allowsNull("ListingView", "title"));
    }

    @Test
    void leavesRecordsThatListTheirRequiredPropertiesAlone() {
        // DeliveryView: @Schema(name = "Delivery", requiredProperties = {...}) without instructions
        List<String> delivery = required("Delivery");
        assertTrue(delivery.contains("id") && delivery.contains("requestedBy"), delivery.toString());
        assertFalse(delivery.contains("instructions") || delivery.contains("declineReason"), delivery.toString());
    }

    @Test
    void leavesComponentsWrittenOnlyWhenSetOptional() {
        // ImportReport.Problem: row and message always, the rest @JsonInclude(NON_NULL)
        String ref = schemas.path("ImportReport").path("properties").path("problems").path("items").path("$ref")
                .asText();
        assertTrue(ref.startsWith("#/components/schemas/"), ref);
        assertEquals(List.of("row", "message"), required(ref.substring("#/components/schemas/".length())));
    }

    /** Whether the property's schema allows null: "null" among its types, or an anyOf with a null type. */
    private boolean allowsNull(String schema, String property) {
        JsonNode p = schemas.path(schema).path("properties").path(property);
        assertFalse(p.isMissingNode(), schema + "." + property);
        for (JsonNode type : p.path("type")) {
            if (type.asText().equals("null")) {
                return true;
            }
        }
        for (JsonNode part : p.path("anyOf")) {
            if (part.path("type").asText().equals("null")) {
                return true;
            }
        }
        return false;
    }

    @Test
    void leavesRequestsToTheirValidationAndProblemsOptional() {
        // OrganisationRequest: @NotBlank name; code, contact, address and group need not be sent
        List<String> request = required("OrganisationRequest");
        assertTrue(request.contains("name"), request.toString());
        assertFalse(request.contains("contact") || request.contains("address") || request.contains("group"), request.toString());
        // a Problem is written with what it has (@JsonInclude NON_EMPTY)
        assertEquals(List.of(), required("Problem"));
    }
}
