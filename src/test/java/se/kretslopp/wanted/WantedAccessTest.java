package se.kretslopp.wanted;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import se.kretslopp.testsupport.Api;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static se.kretslopp.testsupport.Api.johan;
import static se.kretslopp.testsupport.Api.sara;
import static se.kretslopp.wanted.WantedFixtures.create;
import static se.kretslopp.wanted.WantedFixtures.request;

/** Requests and their matches belong to their organisation; everybody else gets 404 and changes nothing. */
@QuarkusTest
class WantedAccessTest {

    @Test
    void otherOrganisationsAreRefusedAndNothingChanges() {
        String id = create(sara(), request("tegel", Api.INTERIOR_DOORS));
        String before = sara().get("/api/v1/wanted/" + id).then().statusCode(200).extract().asString();
        for (Supplier<RequestSpecification> outsider : List.<Supplier<RequestSpecification>>of(Api::karin, Api::johan,
                () -> Api.as("per", "kalmarhem", "admin"))) {
            outsider.get().get("/api/v1/wanted/" + id).then().statusCode(404);
            outsider.get().body(request("annat", null)).put("/api/v1/wanted/" + id).then().statusCode(404);
            outsider.get().delete("/api/v1/wanted/" + id).then().statusCode(404);
            for (String action : List.of("pause", "resume", "close", "renew")) {
                outsider.get().post("/api/v1/wanted/" + id + "/" + action).then().statusCode(404);
            }
            outsider.get().get("/api/v1/wanted/" + id + "/matches").then().statusCode(404);
            outsider.get().get("/api/v1/wanted?size=100").then().statusCode(200).body("items.id", not(hasItem(id)));
        }
        sara().get("/api/v1/wanted/" + id).then().body(equalTo(before));
        // a colleague of the same organisation sees it
        Api.as("sven", "smalandsbygg", "builder").get("/api/v1/wanted/" + id).then().statusCode(200);

        // the seller's question "who wants this?" is the seller's alone
        String listing = WantedFixtures.publish(WantedFixtures.door("Dörr för åtkomstprov", Api.INTERIOR_DOORS, 900));
        sara().get("/api/v1/listings/" + listing + "/matching-wanted").then().statusCode(404);
        Api.karin().get("/api/v1/listings/" + listing + "/matching-wanted").then().statusCode(404);
        johan().get("/api/v1/listings/" + listing + "/matching-wanted").then().statusCode(200);

        // the demand overview is for the supply side
        sara().get("/api/v1/demand/overview").then().statusCode(403);
        johan().get("/api/v1/demand/overview").then().statusCode(200).body("openRequests", greaterThanOrEqualTo(1));
        Api.lars().get("/api/v1/demand/overview?category=" + Api.INTERIOR_DOORS).then().statusCode(200)
                .body("rows.categoryId", hasItem(Api.INTERIOR_DOORS.toString()));
        io.restassured.RestAssured.given().get("/api/v1/demand/overview").then().statusCode(401);
    }

    @Test
    void aStaleIfMatchOnDeleteIsRefusedWith412AndDeletesNothing() {
        String id = create(sara(), request("tegel, röd", Api.INTERIOR_DOORS));
        sara().header("If-Match", "\"0\"").body(request("tegel, gul", Api.INTERIOR_DOORS))
                .put("/api/v1/wanted/" + id).then().statusCode(200);
        sara().header("If-Match", "\"0\"").delete("/api/v1/wanted/" + id).then().statusCode(412)
                .contentType("application/problem+json");
        sara().get("/api/v1/wanted/" + id).then().statusCode(200).body("text", equalTo("tegel, gul"));
        sara().header("If-Match", "\"1\"").delete("/api/v1/wanted/" + id).then().statusCode(204);
        sara().get("/api/v1/wanted/" + id).then().statusCode(404);
    }

    @Test
    void badInputIsRefusedNamingTheField() {
        sara().body(Map.of("quantity", 3, "unit", "st")).post("/api/v1/wanted").then().statusCode(422)
                .body("errors.field", hasItem("text"));
        sara().body(Map.of("text", "dörr", "dimensions", Map.of("width", Map.of("min", 920, "max", 880))))
                .post("/api/v1/wanted").then().statusCode(422).body("errors.field", hasItem("dimensions.width.min"));
        sara().body(Map.of("text", "dörr", "withinKm", 20)).post("/api/v1/wanted").then().statusCode(422)
                .body("errors.field", hasItem("withinKm"));
        sara().body(Map.of("text", "dörr", "conditionMax", 7)).post("/api/v1/wanted").then().statusCode(400)
                .body("errors.field", hasItem(org.hamcrest.Matchers.containsString("conditionMax")));
        sara().body(Map.of("text", "dörr", "colour", "röd")).post("/api/v1/wanted").then().statusCode(400);
        sara().body(Map.of("text", "dörr", "categoryId", "7c0e0000-0000-4000-8000-00000000ffff"))
                .post("/api/v1/wanted").then().statusCode(422).body("errors.field", hasItem("categoryId"));
        sara().body(Map.of("text", "dörr", "neededBy", "2020-01-01")).post("/api/v1/wanted").then().statusCode(422)
                .body("errors.field", hasItem("neededBy"));
        sara().get("/api/v1/wanted?status=SOON").then().statusCode(400);
        sara().get("/api/v1/wanted/not-an-id").then().statusCode(404);
        johan().get("/api/v1/demand/overview?category=x").then().statusCode(400);
    }
}
