package se.kretslopp.category;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import se.kretslopp.testsupport.Api;

import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

@QuarkusTest
class CategoryResourceTest {

    @Test
    void anAdminBuildsATwoLevelTreeThatEveryoneReads() {
        UUID child = Api.newCategory("Dörrar");
        Api.sara().get("/api/v1/categories").then().statusCode(200)
                .body("children.flatten().id", hasItem(child.toString()));
    }

    @Test
    void onlyAdminsChangeTheTree() {
        Api.anna().body(Map.of("code", "x-" + UUID.randomUUID().toString().substring(0, 6), "nameSv", "X", "nameEn", "X"))
                .post("/api/v1/categories").then().statusCode(403).contentType("application/problem+json");
        UUID child = Api.newCategory("Skyddad");
        Api.karin().body(Map.of("code", "kapad-" + UUID.randomUUID().toString().substring(0, 6), "nameSv", "Kapad",
                "nameEn", "Taken")).put("/api/v1/categories/" + child).then().statusCode(403);
        Api.sara().get("/api/v1/categories").then()
                .body("children.flatten().find { it.id == '" + child + "' }.nameSv", equalTo("Skyddad inner (sv)"));
    }

    @Test
    void theTreeHasTwoLevels() {
        UUID child = Api.newCategory("Fönster");
        Api.erik().body(Map.of("code", "x-" + UUID.randomUUID().toString().substring(0, 6), "parentId", child.toString(),
                        "nameSv", "Djup", "nameEn", "Deep"))
                .post("/api/v1/categories").then().statusCode(422)
                .body("errors[0].field", equalTo("parentId"));
    }

    @Test
    void codesAreUniqueAndNamesCanChange() {
        UUID child = Api.newCategory("Tegel");
        String code = Api.sara().get("/api/v1/categories").then().extract()
                .path("children.flatten().find { it.id == '" + child + "' }.code");
        Api.erik().body(Map.of("code", code, "nameSv", "Dubblett", "nameEn", "Duplicate"))
                .post("/api/v1/categories").then().statusCode(409);
        Api.erik().body(Map.of("code", code, "nameSv", "Murtegel", "nameEn", "Bricks"))
                .put("/api/v1/categories/" + child).then().statusCode(200).body("nameSv", equalTo("Murtegel"));
    }

    @Test
    void anUnknownCategoryIsNotFound() {
        Api.erik().body(Map.of("code", "nothing-here", "nameSv", "X", "nameEn", "X"))
                .put("/api/v1/categories/" + UUID.randomUUID()).then().statusCode(404);
    }
}
