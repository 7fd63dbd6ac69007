package se.kretslopp.wanted;

import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import se.kretslopp.common.Today;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import static se.kretslopp.testsupport.Api.johan;

/** Wanted requests, listings and waiting for alerts in the wanted tests. */
final class WantedFixtures {

    static final double KALMAR_LAT = 56.6634;
    static final double KALMAR_LON = 16.3568;
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private WantedFixtures() {
    }

    static Map<String, Object> request(String text, UUID categoryId) {
        Map<String, Object> body = new HashMap<>();
        body.put("text", text);
        if (categoryId != null) {
            body.put("categoryId", categoryId.toString());
        }
        body.put("quantity", 10);
        body.put("unit", "st");
        body.put("place", Map.of("name", "Kalmar", "latitude", KALMAR_LAT, "longitude", KALMAR_LON));
        body.put("withinKm", 50);
        body.put("neededBy", Today.date().plusDays(30).toString());
        return body;
    }

    static String create(RequestSpecification who, Map<String, Object> body) {
        return who.body(body).post("/api/v1/wanted").then().statusCode(201).extract().path("id");
    }

    /** A published door listing of Johan's in Kalmar. */
    static Map<String, Object> door(String title, UUID categoryId, int widthMm) {
        Map<String, Object> listing = new HashMap<>();
        listing.put("title", title);
        listing.put("description", "Demonterade hösten 2026, hela och rena.");
        listing.put("categoryId", categoryId.toString());
        listing.put("material", "Furu");
        listing.put("quantity", 12);
        listing.put("unit", "st");
        listing.put("dimensions", Map.of("widthMm", widthMm, "heightMm", 2100));
        listing.put("condition", 2);
        listing.put("price", Map.of("kind", "FIXED", "sek", 300));
        listing.put("location", Map.of("city", "Kalmar", "latitude", KALMAR_LAT + 0.01, "longitude", KALMAR_LON));
        listing.put("visibility", "PUBLIC");
        listing.put("status", "PUBLISHED");
        return listing;
    }

    static String publish(Map<String, Object> listing) {
        return johan().body(listing).post("/api/v1/listings").then().statusCode(201).extract().path("id");
    }

    /** The person's wanted-match notifications. */
    static List<Map<String, Object>> alerts(Supplier<RequestSpecification> who) {
        JsonPath page = who.get().get("/api/v1/notifications?size=100").then().statusCode(200).extract().jsonPath();
        return page.<Map<String, Object>>getList("items").stream()
                .filter(n -> "WANTED_MATCH".equals(n.get("kind"))).toList();
    }

    static long alertsFor(Supplier<RequestSpecification> who, String wantedId, String listingId) {
        return alerts(who).stream().filter(n -> wantedId.equals(n.get("wantedRequestId"))
                && listingId.equals(n.get("listingId"))).count();
    }

    /** Waits (at most 30 s) until the alert of this request and listing has arrived. */
    static void awaitAlert(Supplier<RequestSpecification> who, String wantedId, String listingId) {
        await(() -> alertsFor(who, wantedId, listingId) > 0,
                "no alert for request " + wantedId + " and listing " + listingId);
    }

    static void await(java.util.function.BooleanSupplier condition, String failure) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError(failure);
    }

}
