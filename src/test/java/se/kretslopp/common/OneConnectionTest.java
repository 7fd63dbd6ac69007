package se.kretslopp.common;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.kretslopp.testsupport.Api;
import se.kretslopp.testsupport.Images;
import se.kretslopp.testsupport.Reservations;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The rule that keeps the service from wedging, checked where it holds: with a pool of ONE connection, every
 * endpoint still answers. A request that holds a connection (a Hibernate Reactive session or a pool transaction)
 * while it waits for a second one hangs here at once, instead of only when as many clients as the pool has
 * connections come together. Static rules cannot see it (the nesting goes through lambdas and other features'
 * services), so this walks the main endpoints of every feature, reads and writes, one request at a time. The
 * search relay, which holds its batch's transaction while it reads what it indexes, is off here; it is one of
 * at most three such background holders (with the two index locks), never enough to exhaust the pool.
 */
@QuarkusTest
@TestProfile(OneConnectionTest.OneConnection.class)
class OneConnectionTest {

    public static class OneConnection implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.datasource.reactive.max-size", "1",
                    "kretslopp.search.relay.enabled", "false");
        }
    }

    private static final int PATIENCE_MS = 15_000;
    private static RestAssuredConfig before;

    @BeforeAll
    static void shortTimeouts() {
        before = RestAssured.config;
        RestAssured.config = RestAssured.config().httpClient(HttpClientConfig.httpClientConfig()
                .setParam("http.connection.timeout", PATIENCE_MS).setParam("http.socket.timeout", PATIENCE_MS));
    }

    @AfterAll
    static void restore() {
        RestAssured.config = before;
    }

    private final List<String> failures = new ArrayList<>();

    private Response call(String what, Supplier<Response> request) {
        try {
            Response response = request.get();
            if (response.statusCode() >= 500) {
                failures.add(what + ": " + response.statusCode() + " " + response.asString());
            }
            return response;
        } catch (Exception e) { // a socket timeout (thrown unchecked by REST-assured): it waited for a second connection
            failures.add(what + ": no answer within " + PATIENCE_MS + " ms (" + e + ")");
            return null;
        }
    }

    private static RequestSpecification anonymous() {
        return RestAssured.given();
    }

    @Test
    void everyFeatureAnswersWithOneConnection() {
        // with the relay off, nothing else builds the listings index: the full reindex reads every listing on the
        // connection that holds its lock
        Response reindex = call("reindex", () -> Api.erik().post("/api/v1/admin/search/reindex"));
        assertTrue(reindex != null && reindex.statusCode() == 200, "the reindex ran: " + failures);
        call("public impact page", () -> anonymous().get("/api/v1/public/impact/kalmar-kommun"));
        call("search", () -> anonymous().get("/api/v1/search/listings?q=dörr"));
        call("type-ahead", () -> anonymous().get("/api/v1/search/suggest?q=dör"));
        call("categories", () -> anonymous().get("/api/v1/categories"));
        call("listing", () -> anonymous().get("/api/v1/listings/de400000-0000-4000-8000-000000000161"));

        call("me", () -> Api.anna().get("/api/v1/me"));
        call("notifications", () -> Api.anna().get("/api/v1/notifications"));
        call("impact report", () -> Api.anna().get("/api/v1/reports/impact?groupBy=category"));
        call("buildings", () -> Api.anna().get("/api/v1/buildings"));
        Response building = call("new building", () -> Api.anna().body(Map.of("name", "En anslutning"))
                .post("/api/v1/buildings"));
        if (building != null && building.statusCode() == 201) {
            String id = building.path("id");
            call("building", () -> Api.anna().get("/api/v1/buildings/" + id));
            call("building items", () -> Api.anna().get("/api/v1/buildings/" + id + "/items"));
            UUID item = Api.newItem(UUID.fromString(id), Api.INTERIOR_DOORS, "Dörr, en anslutning");
            call("item", () -> Api.anna().get("/api/v1/items/" + item));
            call("item demand", () -> Api.anna().get("/api/v1/items/" + item + "/demand"));
            call("item photo", () -> Api.withToken("anna", "kalmar-kommun", "property-unit")
                    .multiPart("file", "dorr.png", Images.png(64, 48), "image/png")
                    .post("/api/v1/items/" + item + "/photos"));
            // every feature's part, one after another, then the photos one at a time
            Response data = call("my data", () -> Api.anna().get("/api/v1/me/data"));
            if (data != null && data.statusCode() != 200) {
                failures.add("my data: " + data.statusCode() + " " + data.asString());
            }
            call("archive building", () -> Api.anna().delete("/api/v1/buildings/" + id));
        }
        call("demand", () -> Api.anna().get("/api/v1/demand"));

        call("site occupancy", () -> Api.lars().get("/api/v1/storage/sites/" + Api.KALMAR_STORE + "/occupancy"));
        call("stock lots", () -> Api.lars().get("/api/v1/storage/lots?siteId=" + Api.KALMAR_STORE));
        call("stock audit", () -> Api.lars().get("/api/v1/storage/audit"));

        call("wanted requests", () -> Api.sara().get("/api/v1/wanted"));
        call("reservations", () -> Api.sara().get("/api/v1/reservations?role=buyer"));
        UUID listing = Reservations.listingOf("Dörrar, en anslutning", 3);
        call("matching wanted", () -> Api.johan().get("/api/v1/listings/" + listing + "/matching-wanted"));
        Response reserved = call("reserve", () -> Api.sara().body(Reservations.reserve(listing, 1))
                .post("/api/v1/reservations"));
        if (reserved != null && reserved.statusCode() == 201) {
            String id = reserved.path("id");
            call("handover", () -> Api.johan().body(Map.of("quantity", 1))
                    .post("/api/v1/reservations/" + id + "/handover"));
        }
        call("climate datasets", () -> Api.erik().get("/api/v1/climate/datasets"));

        assertTrue(failures.isEmpty(), "with one connection, these hung or failed:\n" + String.join("\n", failures));
    }
}
