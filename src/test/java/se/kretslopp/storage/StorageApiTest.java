package se.kretslopp.storage;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import se.kretslopp.testsupport.Api;
import se.kretslopp.testsupport.Stock;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.kretslopp.testsupport.Api.anna;
import static se.kretslopp.testsupport.Api.johan;
import static se.kretslopp.testsupport.Api.lars;
import static se.kretslopp.testsupport.Api.sara;
import static se.kretslopp.testsupport.Stock.decimal;
import static se.kretslopp.testsupport.Stock.lotOf;

@QuarkusTest
class StorageApiTest {

    @Test
    void operatorDescribesSiteAndLocations() {
        Stock.Site site = Stock.newSite("Testlager sites");
        lars().get("/api/v1/storage/sites/" + site.id()).then().statusCode(200)
                .body("name", equalTo("Testlager sites"))
                .body("organisation.code", equalTo("kalmar-aterbrukslager"))
                .body("deliverers[0].code", equalTo("kalmar-rivning"))
                .body("manageable", equalTo(true));
        lars().get("/api/v1/storage/sites/" + site.id() + "/locations").then().statusCode(200)
                .body("code", equalTo(List.of("A-01-1", "A-01-2", "U-01")));
        // a code is unique in its site (any case), and has a shape
        lars().body(Map.of("code", "a-01-1", "kind", "RACK")).post("/api/v1/storage/sites/" + site.id() + "/locations")
                .then().statusCode(409).body("errors[0].field", equalTo("code"));
        lars().body(Map.of("code", "A 01", "kind", "RACK")).post("/api/v1/storage/sites/" + site.id() + "/locations")
                .then().statusCode(400).body("errors.field", hasItem(containsString("code")));
        lars().body(Map.of("code", "C-09", "kind", "SHED")).post("/api/v1/storage/sites/" + site.id() + "/locations")
                .then().statusCode(400);
        // the contractor that delivers sees the site but does not run it; a builder does not see it
        johan().get("/api/v1/storage/sites").then().statusCode(200).body("id", hasItem(site.id().toString()));
        johan().get("/api/v1/storage/sites/" + site.id()).then().statusCode(200).body("manageable", equalTo(false));
        johan().body(Map.of("code", "X-1", "kind", "RACK")).post("/api/v1/storage/sites/" + site.id() + "/locations")
                .then().statusCode(403);
        sara().get("/api/v1/storage/sites/" + site.id()).then().statusCode(404);
        sara().body(Map.of("name", "Mitt lager")).post("/api/v1/storage/sites").then().statusCode(403);
        // a stale write is refused
        lars().header("If-Match", "\"99\"").body(Map.of("name", "Nytt namn"))
                .put("/api/v1/storage/sites/" + site.id()).then().statusCode(412);
        lars().get("/api/v1/storage/sites/" + site.id()).then().body("name", equalTo("Testlager sites"));
    }

    @Test
    void intakeFromInventoryItemMarksItInStorage() {
        Map<String, Object> building = new HashMap<>();
        building.put("name", "Intake test building");
        building.put("constructionYear", 1995);
        building.put("assignedOrganisations", List.of("kalmar-rivning"));
        String buildingId = anna().body(building).post("/api/v1/buildings").then().statusCode(201).extract().path("id");
        Map<String, Object> item = Api.item(Api.INTERIOR_DOORS, "Innerdörr, furu", "REUSE", "FREE");
        String itemId = anna().body(item).post("/api/v1/buildings/" + buildingId + "/items").then().statusCode(201)
                .extract().path("id");

        Map<String, Object> line = Stock.lot(Api.STORE_G03, 8);
        line.put("source", Map.of("kind", "INVENTORY_ITEM", "inventoryItemId", itemId));
        // Johan of Kalmar Rivning, a deliverer of the demo store, registers his delivery
        JsonPath intake = johan().body(Map.of("siteId", Api.KALMAR_STORE.toString(), "lots", List.of(line)))
                .post("/api/v1/storage/intakes").then().statusCode(201)
                .body("deliveredBy.organisation.code", equalTo("kalmar-rivning"))
                .body("lots[0].source.kind", equalTo("INVENTORY_ITEM"))
                .body("lots[0].source.buildingName", equalTo("Intake test building"))
                .body("lots[0].onHand", equalTo(8))
                .body("lots[0].locations[0].code", equalTo("G-03"))
                .extract().jsonPath();
        String code = intake.getString("lots[0].code");
        assertTrue(code.matches("[0-9A-HJKMNP-TV-Z]{6}"), code);
        assertTrue(intake.getString("lots[0].qrContent").endsWith("/lager/kod/" + code));
        anna().get("/api/v1/items/" + itemId).then().statusCode(200).body("status", equalTo("IN_STORAGE"));

        // the item holds 12: 5 more cannot come in, 4 can
        line.put("quantity", 5);
        johan().body(Map.of("siteId", Api.KALMAR_STORE.toString(), "lots", List.of(line)))
                .post("/api/v1/storage/intakes").then().statusCode(422)
                .body("errors[0].field", equalTo("lots[0].quantity"));
        // a site the contractor does not deliver to, and someone else's item, are refused by field
        Stock.Site other = Stock.newSite("Not for Johan");
        lars().body(Map.of("deliverers", List.of(), "name", "Not for Johan")).put("/api/v1/storage/sites/" + other.id())
                .then().statusCode(200);
        johan().body(Map.of("siteId", other.id().toString(), "lots", List.of(Stock.lot(other.a(), 1))))
                .post("/api/v1/storage/intakes").then().statusCode(422).body("errors[0].field", equalTo("siteId"));
        Map<String, Object> foreign = Stock.lot(Api.STORE_G03, 1);
        foreign.put("source", Map.of("kind", "INVENTORY_ITEM", "inventoryItemId", itemId));
        Api.olle().body(Map.of("siteId", Api.KALMAR_STORE.toString(), "lots", List.of(foreign)))
                .post("/api/v1/storage/intakes").then().statusCode(422).body("errors[0].field", equalTo("siteId"));
        // a location of another site
        lars().body(Map.of("siteId", Api.KALMAR_STORE.toString(), "lots", List.of(Stock.lot(other.a(), 1))))
                .post("/api/v1/storage/intakes").then().statusCode(422)
                .body("errors[0].field", equalTo("lots[0].locationId"));
    }

    @Test
    void moveDisposeCountAndHistory() {
        Stock.Site site = Stock.newSite("Testlager ledger");
        UUID lot = Stock.receive(site.id(), site.a(), 10);

        lars().body(Map.of("fromLocationId", site.a(), "toLocationId", site.b(), "quantity", 4, "reason", "Omflyttning"))
                .post("/api/v1/storage/lots/" + lot + "/move").then().statusCode(200)
                .body("onHand", equalTo(10))
                .body("locations.code", equalTo(List.of("A-01-1", "A-01-2")))
                .body("locations.onHand", equalTo(List.of(6, 4)));
        // more than lies there: 409 with the reason, nothing changes
        lars().body(Map.of("fromLocationId", site.b(), "toLocationId", site.a(), "quantity", 5))
                .post("/api/v1/storage/lots/" + lot + "/move").then().statusCode(409)
                .body("detail", containsString("holds 4 st at A-01-2"));
        lars().body(Map.of("locationId", site.b(), "quantity", 1))
                .post("/api/v1/storage/lots/" + lot + "/dispose").then().statusCode(400)
                .body("errors[0].field", equalTo("reason"));
        lars().body(Map.of("locationId", site.b(), "quantity", 1, "reason", "Trasig karm"))
                .post("/api/v1/storage/lots/" + lot + "/dispose").then().statusCode(200).body("onHand", equalTo(9));
        lars().body(Map.of("locationId", site.a(), "quantity", 2, "reason", "Hämtat av Smålandsbygg"))
                .post("/api/v1/storage/lots/" + lot + "/pick").then().statusCode(200).body("onHand", equalTo(7));
        // the count of A-01-1 finds 3 where 4 should be
        lars().body(Map.of("reason", "Inventering november", "complete", true,
                        "counts", List.of(Map.of("lotId", lot.toString(), "counted", 3))))
                .post("/api/v1/storage/locations/" + site.a() + "/stocktake").then().statusCode(200)
                .body("adjustments", hasSize(1))
                .body("adjustments[0].expected", equalTo(4))
                .body("adjustments[0].difference", equalTo(-1));
        JsonPath after = lotOf(lot);
        assertEquals(new BigDecimal("6"), decimal(after, "onHand"));

        List<Map<String, Object>> history = lars().get("/api/v1/storage/lots/" + lot + "/movements").then()
                .statusCode(200).extract().jsonPath().getList("$");
        assertEquals(List.of("INTAKE", "TRANSFER", "DISPOSAL", "PICK", "ADJUSTMENT"),
                history.stream().map(m -> m.get("kind")).toList());
        BigDecimal sum = history.stream().map(m -> new BigDecimal(m.get("signedQuantity").toString()))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(0, sum.compareTo(decimal(after, "onHand")));
        lars().get("/api/v1/storage/audit").then().statusCode(200).body("consistent", equalTo(true))
                .body("discrepancies", hasSize(0));

        // an invalid count changes nothing
        lars().body(Map.of("reason", "x", "counts", List.of(Map.of("lotId", lot.toString(), "counted", -1))))
                .post("/api/v1/storage/locations/" + site.a() + "/stocktake").then().statusCode(400);
        lars().body(Map.of("reason", "x", "counts", List.of(Map.of("lotId", UUID.randomUUID().toString(), "counted", 1))))
                .post("/api/v1/storage/locations/" + site.a() + "/stocktake").then().statusCode(422)
                .body("errors[0].field", equalTo("counts[0].lotId"));
        assertEquals(decimal(after, "onHand"), decimal(lotOf(lot), "onHand"));
    }

    @Test
    void occupancyFollowsTheStock() {
        Stock.Site site = Stock.newSite("Testlager occupancy");
        UUID lot = Stock.receive(site.id(), site.a(), 8);
        lars().get("/api/v1/storage/sites/" + site.id() + "/occupancy").then().statusCode(200)
                .body("palletsUsed", equalTo(2))
                .body("locations.find { it.code == 'A-01-1' }.palletsUsed", equalTo(2))
                .body("locations.find { it.code == 'A-01-2' }.palletsUsed", equalTo(0))
                .body("lotCount", equalTo(1))
                .body("flaggedCount", equalTo(0));
        lars().body(Map.of("fromLocationId", site.a(), "toLocationId", site.b(), "quantity", 4))
                .post("/api/v1/storage/lots/" + lot + "/move").then().statusCode(200);
        lars().get("/api/v1/storage/sites/" + site.id() + "/occupancy").then().statusCode(200)
                .body("locations.find { it.code == 'A-01-1' }.palletsUsed", equalTo(1))
                .body("locations.find { it.code == 'A-01-2' }.palletsUsed", equalTo(1));
        // the demo store holds lots older than its 180 days: they are flagged, oldest first
        lars().get("/api/v1/storage/sites/" + Api.KALMAR_STORE + "/occupancy").then().statusCode(200)
                .body("flagged.size()", org.hamcrest.Matchers.greaterThan(0))
                .body("flagged[0].flagged", equalTo(true));
        lars().get("/api/v1/storage/lots?flagged=true&siteId=" + Api.KALMAR_STORE).then().statusCode(200)
                .body("items.flagged", not(hasItem(false)));
    }

    @Test
    void lotListingOffersWhatTheLotHasFree() {
        Stock.Site site = Stock.newSite("Testlager listing");
        UUID lot = Stock.receive(site.id(), site.a(), 10);
        Map<String, Object> publish = Map.of("quantity", 6, "price", Map.of("kind", "FREE"), "visibility", "PUBLIC");
        String listingId = lars().body(publish).post("/api/v1/storage/lots/" + lot + "/publish").then().statusCode(201)
                .body("stockLotId", equalTo(lot.toString()))
                .body("storageSiteId", equalTo(site.id().toString()))
                .body("quantity", equalTo(6))
                .body("location.city", equalTo("Kalmar"))
                .extract().path("id");
        lars().body(publish).post("/api/v1/storage/lots/" + lot + "/publish").then().statusCode(409);
        // 7 leave the store: 3 are left, so the listing offers 3
        lars().body(Map.of("locationId", site.a(), "quantity", 7, "reason", "Hämtat"))
                .post("/api/v1/storage/lots/" + lot + "/pick").then().statusCode(200);
        sara().get("/api/v1/listings/" + listingId).then().statusCode(200).body("quantity", equalTo(3))
                .body("status", equalTo("PUBLISHED"));
        // the rest is disposed of: the listing leaves the marketplace
        lars().body(Map.of("locationId", site.a(), "quantity", 3, "reason", "Fuktskadade"))
                .post("/api/v1/storage/lots/" + lot + "/dispose").then().statusCode(200);
        lars().get("/api/v1/listings/" + listingId).then().statusCode(200).body("quantity", equalTo(0))
                .body("status", equalTo("WITHDRAWN"));
    }

    @Test
    void labelCodesResolveForgivingly() {
        Stock.Site site = Stock.newSite("Testlager codes");
        UUID lot = Stock.receive(site.id(), site.a(), 1);
        String code = lotOf(lot).getString("code");
        String typed = code.substring(0, 3).toLowerCase() + "-" + code.substring(3);
        lars().get("/api/v1/storage/labels/" + typed).then().statusCode(200).body("id", equalTo(lot.toString()));
        lars().get("/api/v1/storage/labels/ZZZZZZZZ").then().statusCode(404);
        Api.olle().get("/api/v1/storage/labels/" + code).then().statusCode(404);
    }
}
