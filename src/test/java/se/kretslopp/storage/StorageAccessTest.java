package se.kretslopp.storage;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import se.kretslopp.testsupport.Api;
import se.kretslopp.testsupport.Images;
import se.kretslopp.testsupport.Ledger;
import se.kretslopp.testsupport.Stock;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.kretslopp.testsupport.Api.lars;

/**
 * Every storage endpoint that takes an id, called by the storage operator of another organisation (Olle of Ölands
 * Återbruk) and by a builder: refused, and nothing changed.
 */
@QuarkusTest
class StorageAccessTest {

    @Test
    void anotherOrganisationIsRefusedEverywhere() {
        Stock.Site site = Stock.newSite("Access");
        UUID lot = Stock.receive(site.id(), site.a(), 6);
        String code = Stock.lotOf(lot).getString("code");
        String siteBefore = lars().get("/api/v1/storage/sites/" + site.id()).then().extract().asString();
        String locationBefore = lars().get("/api/v1/storage/locations/" + site.a()).then().extract().asString();
        Ledger.State before;
        try (Ledger ledger = Ledger.open()) {
            before = ledger.check(lot, "before");
        }
        for (Function<Void, RequestSpecification> who : List.<Function<Void, RequestSpecification>>of(
                v -> Api.olle(), v -> Api.sara(), v -> Api.erik())) {
            java.util.function.Supplier<RequestSpecification> as = () -> who.apply(null);
            as.get().get("/api/v1/storage/sites/" + site.id()).then().statusCode(404);
            as.get().body(Map.of("name", "Kapat")).put("/api/v1/storage/sites/" + site.id()).then().statusCode(404);
            as.get().get("/api/v1/storage/sites/" + site.id() + "/locations").then().statusCode(404);
            as.get().body(Map.of("code", "Z-1", "kind", "RACK")).post("/api/v1/storage/sites/" + site.id() + "/locations")
                    .then().statusCode(404);
            as.get().get("/api/v1/storage/sites/" + site.id() + "/occupancy").then().statusCode(404);
            as.get().get("/api/v1/storage/sites/" + site.id() + "/labels.pdf").then().statusCode(404);
            as.get().get("/api/v1/storage/lots?siteId=" + site.id()).then().statusCode(404);
            as.get().get("/api/v1/storage/locations/" + site.a()).then().statusCode(404);
            as.get().body(Map.of("code", "Z-1", "kind", "RACK")).put("/api/v1/storage/locations/" + site.a())
                    .then().statusCode(404);
            as.get().body(Map.of("reason", "x", "complete", true, "counts", List.of()))
                    .post("/api/v1/storage/locations/" + site.a() + "/stocktake").then().statusCode(404);
            as.get().get("/api/v1/storage/lots/" + lot).then().statusCode(404);
            as.get().get("/api/v1/storage/lots/" + lot + "/movements").then().statusCode(404);
            as.get().body(Map.of("fromLocationId", site.a(), "toLocationId", site.b(), "quantity", 1))
                    .post("/api/v1/storage/lots/" + lot + "/move").then().statusCode(404);
            as.get().body(Map.of("locationId", site.a(), "quantity", 1, "reason", "x"))
                    .post("/api/v1/storage/lots/" + lot + "/pick").then().statusCode(404);
            as.get().body(Map.of("locationId", site.a(), "quantity", 1, "reason", "x"))
                    .post("/api/v1/storage/lots/" + lot + "/dispose").then().statusCode(404);
            as.get().get("/api/v1/storage/lots/" + lot + "/label.pdf").then().statusCode(404);
            as.get().get("/api/v1/storage/lots/" + lot + "/photos").then().statusCode(404);
            as.get().get("/api/v1/storage/labels/" + code).then().statusCode(404);
            as.get().body(Map.of("quantity", 1, "price", Map.of("kind", "FREE"), "visibility", "PUBLIC"))
                    .post("/api/v1/storage/lots/" + lot + "/publish").then().statusCode(anyOf(is(403), is(404)));
            as.get().body(Map.of("quantity", 1)).post("/api/test/storage/lots/" + lot + "/promise").then().statusCode(404);
            // a role that never takes deliveries (Sara, a builder) is refused before the body is read; the others
            // learn nothing of the site
            as.get().body(Map.of("siteId", site.id().toString(), "lots", List.of(Stock.lot(site.a(), 1))))
                    .post("/api/v1/storage/intakes").then().statusCode(anyOf(is(403), is(422)));
        }
        Api.withToken("olle", "olands-aterbruk", "storage-operator")
                .multiPart("file", "door.png", Images.png(40, 30), "image/png")
                .post("/api/v1/storage/lots/" + lot + "/photos").then().statusCode(404);

        lars().get("/api/v1/storage/sites/" + site.id()).then().body(equalTo(siteBefore));
        lars().get("/api/v1/storage/locations/" + site.a()).then().body(equalTo(locationBefore));
        try (Ledger ledger = Ledger.open()) {
            assertEquals(before, ledger.check(lot, "after"));
        }
        lars().get("/api/v1/storage/sites/" + site.id() + "/locations").then().body("size()", equalTo(3));
    }
}
