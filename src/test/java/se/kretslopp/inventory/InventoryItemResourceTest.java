package se.kretslopp.inventory;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.kretslopp.testsupport.Api;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

@QuarkusTest
class InventoryItemResourceTest {

    private UUID category;

    @BeforeEach
    void category() {
        category = Api.newCategory("Dörrar");
    }

    @Test
    void aPropertyUnitRecordsAnItemWithEveryField() {
        UUID building = Api.newBuilding("Skola 1994", 1994);
        Map<String, Object> item = Api.item(category, "Innerdörr, ek", "REUSE", "NOT_CHECKED");
        item.put("material", "Ek");
        item.put("dimensions", Map.of("lengthMm", 2090, "widthMm", 890, "heightMm", 40));
        item.put("weightPerUnitKg", 28.5);
        item.put("manufacturer", "Swedoor");
        item.put("year", 1994);
        item.put("functionalDamage", "Låskista saknas");
        item.put("location", Map.of("floor", "Plan 2", "room", "B204"));
        item.put("dismantling", Map.of("method", "Skruvas loss med karm"));
        item.put("availableFrom", "2027-04-01");
        String id = Api.anna().body(item).post("/api/v1/buildings/" + building + "/items").then().statusCode(201)
                .body("status", equalTo("INVENTORIED"))
                .body("category.id", equalTo(category.toString()))
                .extract().path("id");
        Api.anna().get("/api/v1/items/" + id).then().statusCode(200)
                .body("dimensions.widthMm", equalTo(890))
                .body("location.room", equalTo("B204"))
                .body("hazard.check", equalTo("NOT_CHECKED"))
                .body("hazardRisk.pcb", equalTo(false));
        Api.anna().get("/api/v1/buildings/" + building).then().body("itemCount", equalTo(1));
    }

    @Test
    void anItemOfA1965BuildingCannotBeMarkedForReuseUntilItsCheckSaysFree() {
        UUID school = Api.newBuilding("Skola 1965", 1965);
        Api.anna().body(Api.item(category, "Branddörr", "REUSE", "NOT_CHECKED"))
                .post("/api/v1/buildings/" + school + "/items").then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", contains("fate"));
        Api.anna().get("/api/v1/buildings/" + school).then().body("itemCount", equalTo(0));

        String id = Api.anna().body(Api.item(category, "Branddörr", "RECYCLE", "NOT_CHECKED"))
                .post("/api/v1/buildings/" + school + "/items").then().statusCode(201).extract().path("id");
        Api.anna().body(Api.item(category, "Branddörr", "REUSE", "NOT_CHECKED")).put("/api/v1/items/" + id)
                .then().statusCode(422).body("errors.field", hasItem("fate"));
        Map<String, Object> contains = Api.item(category, "Branddörr", "REUSE", "CONTAINS");
        contains.put("hazard", Map.of("check", "CONTAINS", "substances", List.of("PCB")));
        Api.anna().body(contains).put("/api/v1/items/" + id).then().statusCode(422);
        Api.anna().get("/api/v1/items/" + id).then().body("fate", equalTo("RECYCLE")).body("version", equalTo(0));

        Api.anna().body(Api.item(category, "Branddörr", "REUSE", "FREE")).put("/api/v1/items/" + id)
                .then().statusCode(200).body("fate", equalTo("REUSE")).body("hazard.check", equalTo("FREE"))
                .body("hazardRisk.pcb", equalTo(true));
    }

    @Test
    void substancesGoWithAFindingOnly() {
        UUID building = Api.newBuilding("Substanser", 1960);
        Map<String, Object> item = Api.item(category, "Golvplattor", "HAZARDOUS_WASTE", "CONTAINS");
        Api.anna().body(item).post("/api/v1/buildings/" + building + "/items").then().statusCode(422)
                .body("errors.field", hasItem("hazard.substances"));
        item.put("hazard", Map.of("check", "CONTAINS", "substances", List.of("ASBESTOS")));
        Api.anna().body(item).post("/api/v1/buildings/" + building + "/items").then().statusCode(201)
                .body("hazard.substances", contains("ASBESTOS"));
    }

    @Test
    void statusFollowsTheLifecycle() {
        UUID building = Api.newBuilding("Livscykel", 2000);
        UUID id = Api.newItem(building, category, "Radiator");
        Map<String, Object> item = Api.item(category, "Radiator", "RECYCLE", "NOT_CHECKED");
        item.put("status", "REUSED");
        Api.anna().body(item).put("/api/v1/items/" + id).then().statusCode(422).body("errors[0].field", equalTo("status"));
        item.put("status", "DISMANTLED");
        Api.anna().body(item).put("/api/v1/items/" + id).then().statusCode(200).body("status", equalTo("DISMANTLED"));
        item.put("status", "DISCARDED");
        Api.anna().body(item).put("/api/v1/items/" + id).then().statusCode(200);
        item.put("status", "INVENTORIED");
        Api.anna().body(item).put("/api/v1/items/" + id).then().statusCode(422);
    }

    @Test
    void anotherOrganisationCannotSeeOrTouchItems() {
        UUID building = Api.newBuilding("Privat", 2000);
        UUID id = Api.newItem(building, category, "Tvättställ");
        Api.karin().get("/api/v1/items/" + id).then().statusCode(404).contentType("application/problem+json");
        Api.karin().body(Api.item(category, "Kapad", "RECYCLE", "NOT_CHECKED")).put("/api/v1/items/" + id)
                .then().statusCode(404);
        Api.karin().delete("/api/v1/items/" + id).then().statusCode(404);
        Api.karin().get("/api/v1/buildings/" + building + "/items").then().statusCode(404);
        Api.karin().body(Api.item(category, "Insmugglad", "RECYCLE", "NOT_CHECKED"))
                .post("/api/v1/buildings/" + building + "/items").then().statusCode(404);
        Api.anna().get("/api/v1/items/" + id).then().statusCode(200).body("name", equalTo("Tvättställ"))
                .body("version", equalTo(0));
        Api.anna().get("/api/v1/buildings/" + building).then().body("itemCount", equalTo(1));
    }

    @Test
    void aBuilderOfTheSameOrganisationReadsButDoesNotChange() {
        UUID building = Api.newBuilding("Läsbar", 2000);
        UUID id = Api.newItem(building, category, "Handfat");
        Api.as("bo", "kalmar-kommun", "builder").get("/api/v1/items/" + id).then().statusCode(200);
        Api.as("bo", "kalmar-kommun", "builder").delete("/api/v1/items/" + id).then().statusCode(403);
        Api.anna().get("/api/v1/items/" + id).then().statusCode(200);
    }

    @Test
    void itemsAreFilteredSortedAndPaged() {
        UUID building = Api.newBuilding("Lista", 2000);
        for (String name : List.of("C-dörr", "A-dörr", "B-fönster")) {
            Api.newItem(building, category, name);
        }
        Api.anna().get("/api/v1/buildings/" + building + "/items?sort=name").then().statusCode(200)
                .body("items.name", contains("A-dörr", "B-fönster", "C-dörr")).body("total", equalTo(3));
        Api.anna().get("/api/v1/buildings/" + building + "/items?sort=name&dir=desc&size=2").then()
                .body("items.name", contains("C-dörr", "B-fönster")).body("total", equalTo(3));
        Api.anna().get("/api/v1/buildings/" + building + "/items?q=DÖRR").then().body("total", equalTo(2));
        Api.anna().get("/api/v1/buildings/" + building + "/items?sort=category").then().statusCode(200);
        Api.anna().get("/api/v1/buildings/" + building + "/items?sort=price").then().statusCode(400)
                .body("errors[0].field", equalTo("sort"));
        Api.anna().get("/api/v1/buildings/" + building + "/items?status=GONE").then().statusCode(400);
    }

    @Test
    void badInputIsRefusedAndNamed() {
        UUID building = Api.newBuilding("Felaktig", 2000);
        Map<String, Object> item = Api.item(category, "", "MAYBE", "NOT_CHECKED");
        Api.anna().body(item).post("/api/v1/buildings/" + building + "/items").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("fate"));
        Map<String, Object> zero = Api.item(category, "Noll", "RECYCLE", "NOT_CHECKED");
        zero.put("quantity", 0);
        zero.put("condition", 5);
        Api.anna().body(zero).post("/api/v1/buildings/" + building + "/items").then().statusCode(400)
                .body("errors.field", hasItem("quantity")).body("errors.field", hasItem("condition"));
        Api.anna().body(Api.item(UUID.randomUUID(), "Okänd kategori", "RECYCLE", "NOT_CHECKED"))
                .post("/api/v1/buildings/" + building + "/items").then().statusCode(422)
                .body("errors[0].field", equalTo("categoryId"));
        Api.anna().get("/api/v1/buildings/" + building).then().body("itemCount", equalTo(0));
    }
}
