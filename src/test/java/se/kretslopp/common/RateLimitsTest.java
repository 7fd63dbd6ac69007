package se.kretslopp.common;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import se.kretslopp.testsupport.Api;
import se.kretslopp.testsupport.Images;
import se.kretslopp.testsupport.Reservations;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

/**
 * Every budget, with three requests per hour: the fourth is refused with 429, a problem and Retry-After, and another
 * user (or, for anonymous budgets, the signed-in reads) still gets through.
 */
@QuarkusTest
@TestProfile(RateLimitsTest.Small.class)
class RateLimitsTest {

    public static class Small implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> config = new HashMap<>();
            config.put("kretslopp.rate-limits.enabled", "true");
            for (String budget : new String[] {"search", "public", "uploads", "reservations", "writes", "messages"}) {
                config.put("kretslopp.rate-limits." + budget + ".requests", "3");
                config.put("kretslopp.rate-limits." + budget + ".period", "1h");
            }
            return config;
        }
    }

    private static void threeThenRefused(Supplier<io.restassured.response.Response> request) {
        for (int i = 0; i < 3; i++) {
            request.get().then().statusCode(not(equalTo(429)));
        }
        request.get().then().statusCode(429).contentType("application/problem+json")
                .header("Retry-After", not(equalTo("0")))
                .body("type", equalTo("urn:kretslopp:problem:too-many-requests"))
                .body("detail", containsString("Try again in"));
    }

    @Test
    void messagesAreLimitedPerPerson() {
        UUID listing = Reservations.listingOf("Fråga " + UUID.randomUUID(), 2);
        String thread = Api.sara().body(Map.of("subjectKind", "LISTING", "subjectId", listing.toString()))
                .post("/api/v1/conversations").then().statusCode(201).extract().path("id");
        threeThenRefused(() -> Api.sara().body(Map.of("text", "Finns de kvar?"))
                .post("/api/v1/conversations/" + thread + "/messages"));
        Api.johan().body(Map.of("text", "Ja")).post("/api/v1/conversations/" + thread + "/messages").then()
                .statusCode(201);
    }

    @Test
    void searchIsLimitedPerUser() {
        RequestSpecification maria = Api.maria();
        threeThenRefused(() -> Api.maria().get("/api/v1/search/listings?q=dörr"));
        Api.karin().get("/api/v1/search/listings?q=dörr").then().statusCode(200);
        maria.get("/api/v1/me").then().statusCode(200); // reads of signed-in users have no budget
    }

    @Test
    void anonymousPagesAreLimitedPerAddress() {
        threeThenRefused(() -> given().get("/api/v1/categories"));
        Api.anna().get("/api/v1/categories").then().statusCode(200);
    }

    @Test
    void uploadsAreLimitedPerUser() {
        UUID building = Api.newBuilding("Foton i takt", 1970);
        UUID item = Api.newItem(building, Api.INTERIOR_DOORS, "Dörr med många foton");
        threeThenRefused(() -> Api.withToken("anna", "kalmar-kommun", "property-unit")
                .multiPart("file", "door.png", Images.png(40, 30), "image/png")
                .post("/api/v1/items/" + item + "/photos"));
    }

    @Test
    void reservationsAreLimitedPerUser() {
        UUID listing = Reservations.listingOf("Dörrar i takt", 10);
        threeThenRefused(() -> Api.sara().body(Reservations.reserve(listing, 1)).post("/api/v1/reservations"));
        Api.as("bo", "smalandsbygg", "builder").body(Reservations.reserve(listing, 1)).post("/api/v1/reservations")
                .then().statusCode(201);
    }

    @Test
    void otherWritesAreLimitedPerUser() {
        threeThenRefused(() -> Api.as("petra", "kalmar-kommun", "property-unit")
                .body(Map.of("name", "Skrivs i takt")).post("/api/v1/buildings"));
    }
}
