package se.kretslopp.inventory;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import se.kretslopp.testsupport.Api;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

@QuarkusTest
class BuildingResourceTest {

    @Test
    void theLocationOfANewBuildingIsItsPath() {
        Map<String, Object> body = new HashMap<>();
        body.put("name", "Location test");
        body.put("address", Map.of("street", "Storgatan 1", "postalCode", "392 31", "city", "Kalmar"));
        var created = Api.anna().body(body).post("/api/v1/buildings").then().statusCode(201).extract();
        String id = created.path("id");
        String path = java.net.URI.create(created.header("Location")).getPath();
        // it was /api/api/v1/...: a Location starting with /api/ is resolved against the API's base /api/ again
        org.junit.jupiter.api.Assertions.assertEquals("/api/v1/buildings/" + id, path);
        Api.anna().get(path).then().statusCode(200).body("id", equalTo(id));
    }

    @Test
    void aPropertyUnitRecordsABuildingWithItsRiskFlags() {
        Map<String, Object> body = new HashMap<>();
        body.put("name", "Kvarnholmsskolan hus C");
        body.put("address", Map.of("street", "Södra Långgatan 5", "postalCode", "392 32", "city", "Kalmar"));
        body.put("propertyDesignation", "Kalmar Kvarnholmen 2:15");
        body.put("position", Map.of("lat", 56.6616, "lon", 16.3616));
        body.put("constructionYear", 1965);
        body.put("dismantlingWindow", Map.of("from", "2027-03-01", "to", "2027-05-31"));
        body.put("contact", Map.of("name", "Anna Lindqvist", "email", "anna.lindqvist@kalmar.example"));
        body.put("assignedOrganisations", List.of("kalmar-rivning", "smalandsbygg", "kalmar-rivning"));
        String id = Api.anna().body(body).post("/api/v1/buildings").then().statusCode(201)
                .extract().path("id");
        Api.anna().get("/api/v1/buildings/" + id).then().statusCode(200)
                .header("ETag", "\"0\"")
                .body("name", equalTo("Kvarnholmsskolan hus C"))
                .body("organisation.code", equalTo("kalmar-kommun"))
                .body("hazardRisk.pcb", equalTo(true))
                .body("hazardRisk.asbestos", equalTo(true))
                .body("hazardRisk.ageUnknown", equalTo(false))
                .body("assignedOrganisations.code", contains("kalmar-rivning", "smalandsbygg"))
                .body("dismantlingWindow.from", equalTo("2027-03-01"))
                .body("editable", equalTo(true))
                .body("itemCount", equalTo(0));
    }

    @Test
    void aNineteenNinetiesBuildingHasNoRiskButOneOfUnknownAgeHas() {
        UUID office = Api.newBuilding("Kontor 1994", 1994);
        Api.anna().get("/api/v1/buildings/" + office).then()
                .body("hazardRisk.pcb", equalTo(false)).body("hazardRisk.asbestos", equalTo(false));
        UUID unknown = Api.newBuilding("Okänd ålder", null);
        Api.anna().get("/api/v1/buildings/" + unknown).then().body("hazardRisk.ageUnknown", equalTo(true));
    }

    @Test
    void renovationInThePcbYearsFlagsPcb() {
        Map<String, Object> body = Map.of("name", "Renoverad 1970", "constructionYear", 1990 - 50, "renovationYear", 1970);
        Api.anna().body(body).post("/api/v1/buildings").then().statusCode(201).body("hazardRisk.pcb", equalTo(true));
    }

    @Test
    void theListShowsOwnAndAssignedBuildingsOnly() {
        UUID own = Api.newBuilding("Listad", 2001);
        Api.anna().get("/api/v1/buildings?size=100").then().statusCode(200)
                .body("items.id", hasItem(own.toString()));
        Api.karin().get("/api/v1/buildings?size=100").then().statusCode(200)
                .body("items.id", not(hasItem(own.toString())));
    }

    @Test
    void anotherOrganisationIsToldTheBuildingDoesNotExistAndChangesNothing() {
        UUID id = Api.newBuilding("Hemlig", 1980);
        Api.karin().get("/api/v1/buildings/" + id).then().statusCode(404).contentType("application/problem+json");
        Api.karin().body(Map.of("name", "Kapad")).put("/api/v1/buildings/" + id).then().statusCode(404);
        Api.karin().delete("/api/v1/buildings/" + id).then().statusCode(404);
        Api.karin().post("/api/v1/buildings/" + id + "/restore").then().statusCode(404);
        Api.anna().get("/api/v1/buildings/" + id).then().statusCode(200)
                .body("name", equalTo("Hemlig")).body("archived", equalTo(false)).body("version", equalTo(0));
    }

    @Test
    void anAssignedContractorReadsButDoesNotChange() {
        Map<String, Object> body = Map.of("name", "Rivningsobjekt", "constructionYear", 1975,
                "assignedOrganisations", List.of("kalmar-rivning"));
        String id = Api.anna().body(body).post("/api/v1/buildings").then().statusCode(201).extract().path("id");
        Api.johan().get("/api/v1/buildings/" + id).then().statusCode(200).body("editable", equalTo(false));
        Api.johan().get("/api/v1/buildings").then().body("items.id", hasItem(id));
        Api.johan().body(Map.of("name", "Ändrad")).put("/api/v1/buildings/" + id).then().statusCode(403);
        Api.sara().get("/api/v1/buildings/" + id).then().statusCode(404);

        // the contractor dismantles: it reads and downloads the inventory, but does not change it
        UUID category = Api.newCategory("Rivning");
        UUID item = Api.newItem(UUID.fromString(id), category, "Ytterdörr");
        Api.johan().get("/api/v1/buildings/" + id + "/items").then().statusCode(200).body("total", equalTo(1));
        Api.johan().get("/api/v1/items/" + item).then().statusCode(200);
        Api.withToken("johan", "kalmar-rivning", "contractor")
                .get("/api/v1/buildings/" + id + "/items/export?format=csv").then().statusCode(200);
        Api.johan().body(Api.item(category, "Tillagd", "RECYCLE", "NOT_CHECKED"))
                .post("/api/v1/buildings/" + id + "/items").then().statusCode(403);
        Api.johan().delete("/api/v1/items/" + item).then().statusCode(403);
        Api.withToken("johan", "kalmar-rivning", "contractor")
                .multiPart("file", "x.csv", "Kategori;Benämning;Antal;Enhet;Skick;Bedömning\r\n".getBytes(), "text/csv")
                .post("/api/v1/buildings/" + id + "/items/import?dryRun=true").then().statusCode(403);
        Api.anna().get("/api/v1/buildings/" + id).then().body("itemCount", equalTo(1));
    }

    @Test
    void theDemoDataHoldsTwoKalmarBuildingsWithRealisticInventories() {
        // db/demo, loaded by ./run and by the tests: a 1960s school and a 1990s office of Kalmar kommun
        String school = "de300000-0000-4000-8000-000000000001";
        String office = "de300000-0000-4000-8000-000000000002";
        Api.anna().get("/api/v1/buildings/" + school).then().statusCode(200)
                .body("organisation.code", equalTo("kalmar-kommun"))
                .body("constructionYear", equalTo(1964))
                .body("hazardRisk.pcb", equalTo(true))
                .body("itemCount", greaterThanOrEqualTo(30));
        Api.anna().get("/api/v1/buildings/" + office).then().statusCode(200)
                .body("hazardRisk.pcb", equalTo(false))
                .body("itemCount", greaterThanOrEqualTo(30));
        Api.anna().get("/api/v1/buildings/" + school + "/items?status=DISMANTLED").then().statusCode(200)
                .body("total", greaterThanOrEqualTo(1));
    }

    @Test
    void aStaleWriteIsRefusedWith412() {
        UUID id = Api.newBuilding("Versionerad", 2010);
        Api.anna().header("If-Match", "\"0\"").body(Map.of("name", "Version 1")).put("/api/v1/buildings/" + id)
                .then().statusCode(200).header("ETag", "\"1\"").body("version", equalTo(1));
        Api.anna().header("If-Match", "\"0\"").body(Map.of("name", "Gammal")).put("/api/v1/buildings/" + id)
                .then().statusCode(412).contentType("application/problem+json");
        Api.anna().get("/api/v1/buildings/" + id).then().body("name", equalTo("Version 1"));
    }

    @Test
    void aStaleIfMatchOnArchiveOrDeleteIsRefusedWith412AndChangesNothing() {
        UUID id = Api.newBuilding("Versionerad för arkiv", 2011);
        Api.anna().header("If-Match", "\"0\"").body(Map.of("name", "Version 1")).put("/api/v1/buildings/" + id)
                .then().statusCode(200).header("ETag", "\"1\"");
        Api.anna().header("If-Match", "\"0\"").delete("/api/v1/buildings/" + id).then().statusCode(412)
                .contentType("application/problem+json");
        Api.anna().get("/api/v1/buildings/" + id).then().statusCode(200).body("archived", equalTo(false))
                .body("version", equalTo(1));

        UUID item = Api.newItem(id, Api.INTERIOR_DOORS, "Dörr att ta bort");
        Api.anna().header("If-Match", "\"0\"").body(Api.item(Api.INTERIOR_DOORS, "Dörr, ändrad", "RECYCLE", "NOT_CHECKED"))
                .put("/api/v1/items/" + item).then().statusCode(200).header("ETag", "\"1\"");
        Api.anna().header("If-Match", "\"0\"").delete("/api/v1/items/" + item).then().statusCode(412)
                .contentType("application/problem+json");
        Api.anna().get("/api/v1/items/" + item).then().statusCode(200).body("name", equalTo("Dörr, ändrad"));

        // the current version, or no If-Match at all, goes through
        Api.anna().header("If-Match", "\"1\"").delete("/api/v1/items/" + item).then().statusCode(204);
        Api.anna().get("/api/v1/items/" + item).then().statusCode(404);
        Api.anna().header("If-Match", "\"1\"").delete("/api/v1/buildings/" + id).then().statusCode(204);
        Api.anna().get("/api/v1/buildings/" + id).then().statusCode(200).body("archived", equalTo(true));
    }

    @Test
    void badInputNamesTheFieldAndSavesNothing() {
        Api.anna().body(Map.of("name", "", "constructionYear", 3000, "position", Map.of("lat", 95, "lon", 16)))
                .post("/api/v1/buildings").then().statusCode(400)
                .body("errors.field", hasItem("name"))
                .body("errors.field", hasItem("constructionYear"))
                .body("errors.field", hasItem("position.lat"));
        Api.anna().body(Map.of("name", "Fönsterlöst", "dismantlingWindow", Map.of("from", "2027-05-01", "to", "2027-01-01")))
                .post("/api/v1/buildings").then().statusCode(400).body("errors[0].field", equalTo("dismantlingWindow.to"));
        Api.anna().body(Map.of("name", "Okänd entreprenör", "assignedOrganisations", List.of("kalmar-rivning", "finns-inte")))
                .post("/api/v1/buildings").then().statusCode(422)
                .body("errors[0].field", equalTo("assignedOrganisations[1]"));
        Api.anna().get("/api/v1/buildings?size=0").then().statusCode(400).body("errors[0].field", equalTo("size"));
        Api.anna().get("/api/v1/buildings?size=101").then().statusCode(400);
        Api.anna().get("/api/v1/buildings?page=21474837&size=100").then().statusCode(400)
                .body("errors[0].field", equalTo("page"));
        Api.anna().get("/api/v1/buildings?page=abc").then().statusCode(400).body("errors[0].field", equalTo("page"));
        Api.anna().get("/api/v1/buildings?archived=yes").then().statusCode(400);
        Api.anna().body(Map.of("name", "Långt fram", "dismantlingWindow", Map.of("from", "+999999999-12-31")))
                .post("/api/v1/buildings").then().statusCode(400);
        Api.anna().get("/api/v1/buildings/not-a-uuid").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void onlyPropertyUnitsAndAdminsCreateBuildings() {
        Api.sara().body(Map.of("name", "Byggarens hus")).post("/api/v1/buildings").then().statusCode(403);
        Api.as("bo", "kalmar-kommun", "builder").body(Map.of("name", "X")).post("/api/v1/buildings").then().statusCode(403);
    }

    @Test
    void archivingHidesAndRestoringBringsBack() {
        UUID id = Api.newBuilding("Arkiveras", 1999);
        Api.anna().delete("/api/v1/buildings/" + id).then().statusCode(204);
        Api.anna().get("/api/v1/buildings?size=100").then().body("items.id", not(hasItem(id.toString())));
        Api.anna().get("/api/v1/buildings?archived=true&size=100").then().body("items.id", hasItem(id.toString()));
        Api.anna().body(Map.of("name", "Ändrad")).put("/api/v1/buildings/" + id).then().statusCode(409);
        Api.anna().post("/api/v1/buildings/" + id + "/restore").then().statusCode(200).body("archived", equalTo(false));
    }
}
