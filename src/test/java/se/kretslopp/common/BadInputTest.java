package se.kretslopp.common;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/** Bad input gets a clear problem answer naming the field, and never a 5xx (through {@link ProblemProbeResource}). */
@QuarkusTest
class BadInputTest {

    private static final String PROBE = "/api/test/probe";

    @Test
    void aValidBodyPasses() {
        given().contentType(ContentType.JSON).body("{\"name\":\"Innerdörr\",\"condition\":2,\"dimensions\":{\"lengthMm\":2100}}")
                .when().post(PROBE)
                .then().statusCode(200).body("name", equalTo("Innerdörr"));
    }

    @Test
    void anUnknownFieldIsRejectedAndNamed() {
        given().contentType(ContentType.JSON).body("{\"name\":\"Dörr\",\"condition\":2,\"colour\":\"röd\"}")
                .when().post(PROBE)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("title", equalTo("Bad request"))
                .body("errors.field", contains("colour"))
                .body("detail", containsString("colour"));
    }

    @Test
    void anUnknownNestedFieldIsNamedWithItsPath() {
        given().contentType(ContentType.JSON).body("{\"name\":\"Dörr\",\"condition\":2,\"dimensions\":{\"depth\":3}}")
                .when().post(PROBE)
                .then().statusCode(400)
                .body("errors.field", contains("dimensions.depth"));
    }

    @Test
    void constraintViolationsNameEveryField() {
        given().contentType(ContentType.JSON).body("{\"name\":\" \",\"condition\":7,\"dimensions\":{\"lengthMm\":0},\"tags\":[\"ok\",\"\"]}")
                .when().post(PROBE)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("title", equalTo("Invalid request"))
                .body("errors.field", hasItem("name"))
                .body("errors.field", hasItem("condition"))
                .body("errors.field", hasItem("dimensions.lengthMm"))
                .body("errors.field", hasItem(containsString("tags")));
    }

    @Test
    void aWrongTypeIsNamed() {
        given().contentType(ContentType.JSON).body("{\"name\":\"Dörr\",\"condition\":\"good\"}")
                .when().post(PROBE)
                .then().statusCode(400)
                .body("errors.field", contains("condition"));
    }

    @Test
    void aWholeNumberOutOfRangeIsNamed() {
        // Jackson's overflow used to reach the client as a bare "HTTP 400 Bad Request" that named no field
        given().contentType(ContentType.JSON).body("{\"name\":\"Dörr\",\"condition\":99999999999}")
                .when().post(PROBE)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("condition"));
        given().contentType(ContentType.JSON).body("{\"name\":\"Dörr\",\"condition\":2,\"dimensions\":{\"lengthMm\":1e99}}")
                .when().post(PROBE)
                .then().statusCode(400)
                .body("errors.field", contains("dimensions.lengthMm"));
    }

    @Test
    void malformedJsonIsABadRequest() {
        given().contentType(ContentType.JSON).body("{\"name\": \"Dörr\", ")
                .when().post(PROBE)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("JSON"))
                .body("errors.field", contains("body"));
    }

    @Test
    void anEmptyBodyIsABadRequest() {
        given().contentType(ContentType.JSON)
                .when().post(PROBE)
                .then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void theWrongMediaTypeIsRefused() {
        given().contentType(ContentType.XML).body("<door/>")
                .when().post(PROBE)
                .then().statusCode(415)
                .contentType("application/problem+json");
    }

    @Test
    void aServiceProblemKeepsItsStatus() {
        given().contentType(ContentType.JSON).body("{\"name\":\"conflict\",\"condition\":2}")
                .when().post(PROBE)
                .then().statusCode(409)
                .body("type", equalTo("urn:kretslopp:problem:conflict"))
                .body("detail", equalTo("Already there."));
    }

    @Test
    void aBugIsA500ProblemThatLeaksNoDetails() {
        given().contentType(ContentType.JSON).body("{\"name\":\"explode\",\"condition\":2}")
                .when().post(PROBE)
                .then().statusCode(500)
                .contentType("application/problem+json")
                .body("title", equalTo("Internal server error"))
                .body("detail", not(containsString("a bug")));
    }

    @Test
    void aControlCharacterInAJsonStringIsRefusedNamingTheFieldAndSavesNothing() {
        // PostgreSQL refuses NUL in text: this used to end as a 500 on every feature's POST
        se.kretslopp.testsupport.Api.anna().body("{\"name\":\"Skolan\\u0000 Norr\"}").post("/api/v1/buildings")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("name"))
                .body("errors[0].message", equalTo(ControlCharacters.MESSAGE));
        se.kretslopp.testsupport.Api.sara().body("{\"text\":\"tegel\",\"quantity\":3,\"unit\":\"st\","
                        + "\"place\":{\"name\":\"Kal\\u0001mar\",\"latitude\":56.66,\"longitude\":16.36}}")
                .post("/api/v1/wanted").then().statusCode(400).body("errors.field", contains("place.name"));
        se.kretslopp.testsupport.Api.johan().body("{\"title\":\"D\\u0000rr\"}").post("/api/v1/listings")
                .then().statusCode(400).body("errors.field", contains("title"));
        // line breaks and tabs are text
        given().contentType(ContentType.JSON).body("{\"name\":\"Inner-\\ndörr\\t(ek)\",\"condition\":2}")
                .when().post(PROBE).then().statusCode(200);
    }

    @Test
    void aControlCharacterInAPathOrQueryParameterIsRefusedNamingIt() {
        given().urlEncodingEnabled(false).get("/api/v1/public/impact/%00").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", contains("organisation"));
        se.kretslopp.testsupport.Api.erik().urlEncodingEnabled(false).post("/api/v1/climate/datasets/%00/activate")
                .then().statusCode(400).body("errors[0].message", equalTo(ControlCharacters.MESSAGE));
        given().urlEncodingEnabled(false).get("/api/v1/search/listings?q=d%00rr").then().statusCode(400)
                .body("errors.field", contains("q"));
    }

    @Test
    void aBodyOnAnOperationThatTakesNoneIsRefusedAndNothingRuns() {
        se.kretslopp.testsupport.Api.anna().body("{\"garbage\": true}").post("/api/v1/notifications/read-all")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", contains("body"));
        se.kretslopp.testsupport.Api.erik().body("garbage").post("/api/v1/admin/search/reindex")
                .then().statusCode(400).body("detail", equalTo("This operation takes no request body."));
        // without a body they run
        se.kretslopp.testsupport.Api.anna().post("/api/v1/notifications/read-all").then().statusCode(200);
    }

    @Test
    void anEmptyIdempotencyKeyIsRefused() {
        se.kretslopp.testsupport.Api.anna().header("Idempotency-Key", "").post("/api/v1/notifications/read-all")
                .then().statusCode(400).body("errors.field", contains("Idempotency-Key"));
        se.kretslopp.testsupport.Api.anna().header("Idempotency-Key", "   ").post("/api/v1/notifications/read-all")
                .then().statusCode(400);
        // over-long, refused before any resource runs, like the empty one
        se.kretslopp.testsupport.Api.anna().header("Idempotency-Key", "k".repeat(256))
                .post("/api/v1/notifications/read-all").then().statusCode(400)
                .body("errors.field", contains("Idempotency-Key"));
    }

    @Test
    void aTransientDatabaseFailureIsA503WithRetryAfterNotA500() {
        for (String failure : java.util.List.of("deadlock", "serialization", "pool-timeout", "database-down",
                "database-restarting", "connection-reset")) {
            given().contentType(ContentType.JSON).body("{\"name\":\"" + failure + "\",\"condition\":2}")
                    .when().post(PROBE)
                    .then().statusCode(503)
                    .contentType("application/problem+json")
                    .header("Retry-After", equalTo("2"))
                    .body("type", equalTo("urn:kretslopp:problem:service-unavailable"))
                    .body("detail", not(containsString("Process 1")));
        }
    }
}
