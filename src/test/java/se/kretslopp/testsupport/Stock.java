package se.kretslopp.testsupport;

import io.restassured.path.json.JsonPath;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static se.kretslopp.testsupport.Api.lars;

/** Storage test data made through the API as Lars, the storage operator of Kalmar Återbrukslager. */
public final class Stock {

    private Stock() {
    }

    /** A new site of Kalmar Återbrukslager with three locations (two racks and a yard zone). */
    public record Site(UUID id, UUID a, UUID b, UUID yard) {
    }

    public static Site newSite(String name) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("address", Map.of("street", "Verkstadsgatan 7", "postalCode", "392 39", "city", "Kalmar"));
        body.put("latitude", 56.6702);
        body.put("longitude", 16.3421);
        body.put("palletCapacity", 20);
        body.put("floorCapacityM2", 300);
        body.put("ageAlertDays", 90);
        body.put("deliverers", List.of("0b6f1a52-3c1e-4d7a-9a10-000000000005"));
        String id = lars().body(body).post("/api/v1/storage/sites").then().statusCode(201).extract().path("id");
        UUID siteId = UUID.fromString(id);
        return new Site(siteId, location(siteId, "A-01-1", "RACK", 3), location(siteId, "A-01-2", "RACK", 3),
                location(siteId, "U-01", "YARD", 40));
    }

    public static UUID location(UUID siteId, String code, String kind, int pallets) {
        String id = lars().body(Map.of("code", code, "kind", kind, "palletCapacity", pallets))
                .post("/api/v1/storage/sites/" + siteId + "/locations").then().statusCode(201).extract().path("id");
        return UUID.fromString(id);
    }

    /** One lot line of an intake: interior doors delivered by a contractor, taking one pallet place per 4. */
    public static Map<String, Object> lot(UUID locationId, Number quantity) {
        Map<String, Object> lot = new HashMap<>();
        lot.put("locationId", locationId.toString());
        lot.put("categoryId", Api.INTERIOR_DOORS.toString());
        lot.put("description", "Innerdörr, ek, 9x21");
        lot.put("material", "Ek");
        lot.put("unit", "st");
        lot.put("quantity", quantity);
        lot.put("condition", 2);
        lot.put("palletPlaces", quantity.doubleValue() / 4);
        lot.put("source", Map.of("kind", "DELIVERY"));
        return lot;
    }

    /** Receives one lot at a location; returns its id. */
    public static UUID receive(UUID siteId, UUID locationId, Number quantity) {
        Map<String, Object> body = Map.of("siteId", siteId.toString(), "deliveredBy",
                Map.of("name", "Ali Hassan"), "lots", List.of(lot(locationId, quantity)));
        String id = lars().body(body).post("/api/v1/storage/intakes").then().statusCode(201).extract().path("lots[0].id");
        return UUID.fromString(id);
    }

    public static JsonPath lotOf(UUID lotId) {
        return lars().get("/api/v1/storage/lots/" + lotId).then().statusCode(200).extract().jsonPath();
    }

    public static BigDecimal decimal(JsonPath json, String path) {
        return new BigDecimal(json.getString(path));
    }
}
