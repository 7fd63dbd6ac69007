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
    void leavesRequestsToTheirValidationAndProblemsOptional() {
        // OrganisationRequest: @NotBlank name; code, contact, address and group need not be sent
        List<String> request = required("OrganisationRequest");
        assertTrue(request.contains("name"), request.toString());
        assertFalse(request.contains("contact") || request.contains("address") || request.contains("group"), request.toString());
        // a Problem is written with what it has (@JsonInclude NON_EMPTY)
        assertEquals(List.of(), required("Problem"));
    }
}
