package se.kretslopp.climate;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import se.kretslopp.testsupport.Api;
import se.kretslopp.testsupport.Reservations;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static se.kretslopp.testsupport.Api.johan;
import static se.kretslopp.testsupport.Api.sara;

/** The figures of a handover are frozen in its transaction: a later version of the factors does not rewrite them. */
@QuarkusTest
class RealisedFiguresTest {

    @Test
    void realisedFiguresDoNotChangeWhenTheFactorsAreUpdatedAfterwards() throws IOException {
        UUID category = Api.newCategory("Frysta fönster");
        Api.erik().body(Map.of("boverketId", "6000000104")).put("/api/v1/climate/categories/" + category + "/mapping")
                .then().statusCode(200);
        Map<String, Object> body = Api.listing("Fönster för frysning " + UUID.randomUUID());
        body.put("categoryId", category.toString());
        body.put("quantity", 10);
        body.put("dimensions", Map.of("widthMm", 1000, "heightMm", 1200));
        UUID listing = Api.newListing(johan(), body);
        String reservation = sara().body(Reservations.reserve(listing, 10)).post("/api/v1/reservations").then()
                .statusCode(201).extract().path("id");
        johan().body(Map.of("quantity", 10, "destinationProject", "Förskolan Lärkan"))
                .post("/api/v1/reservations/" + reservation + "/handover").then().statusCode(200);

        // 10 × 1.2 m² × 38.2 kg/m² = 458.4 kg; 458.4 × 2.0375 = 933.990 (see ClimateMethodTest); 10 × 450 kr
        JsonPath before = categoryGroup(category);
        assertDecimal("933.990", new BigDecimal(before.getString("figures.co2eTypicalKg")));
        assertDecimal("458.400", new BigDecimal(before.getString("figures.massKg")));
        assertDecimal("4500.00", new BigDecimal(before.getString("figures.valueSek")));

        // a new version in which the window costs twice as much to make is imported and used from now on
        String csv;
        try (InputStream in = getClass().getResourceAsStream("/climate/boverket-klimatdatabas-02.06.000-gwp.csv")) {
            csv = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String changed = csv.lines().map(line -> line.startsWith("6000000104,")
                ? line.replace(",2.0,2.5,0.0417,", ",4.0,5.0,0.0417,") : line)
                .reduce((a, b) -> a + "\n" + b).orElseThrow();
        assertNotEquals(csv.strip(), changed.strip(), "the test file differs from the shipped one");
        try {
            Api.withToken("erik", "kalmar-kommun", "admin")
                    .multiPart("file", "boverket-klimatdatabas-99.99.999-gwp.csv", changed.getBytes(StandardCharsets.UTF_8),
                            "text/csv").post("/api/v1/climate/datasets").then().statusCode(anyOf(equalTo(201), equalTo(409)));
            Api.erik().post("/api/v1/climate/datasets/99.99.999/activate").then().statusCode(200)
                    .body("active", equalTo(true));
            // new estimates use the new figures: 458.4 × (4.0 + 0.0417 − 0.0042) = 458.4 × 4.0375 = 1850.790
            Map<String, Object> estimate = Map.of("categoryId", category.toString(), "quantity", 10, "unit", "st",
                    "dimensions", Map.of("widthMm", 1000, "heightMm", 1200));
            given().contentType("application/json").body(estimate).post("/api/v1/climate/estimate").then()
                    .statusCode(200).body("avoidedTypicalKgCo2e", equalTo(1850.79f))
                    .body("source.version", equalTo("99.99.999"));
            // the handover keeps what it had
            JsonPath after = categoryGroup(category);
            assertDecimal("933.990", new BigDecimal(after.getString("figures.co2eTypicalKg")));
            assertDecimal("1163.190", new BigDecimal(after.getString("figures.co2eConservativeKg")));
            johan().get("/api/v1/reports/impact?groupBy=category&from=" + java.time.LocalDate.now().minusDays(1))
                    .then().body("versions.version", org.hamcrest.Matchers.hasItem("02.06.000"));
        } finally {
            Api.erik().post("/api/v1/climate/datasets/02.06.000/activate").then().statusCode(200);
        }
        given().get("/api/v1/climate/factors").then().body("source.version", equalTo("02.06.000"));
    }

    private static JsonPath categoryGroup(UUID category) {
        String code = Api.sara().get("/api/v1/categories").then().extract()
                .path("children.flatten().find { it.id == '" + category + "' }.code");
        JsonPath report = johan().get("/api/v1/reports/impact?groupBy=category").then().statusCode(200)
                .extract().jsonPath();
        Map<String, Object> group = report.getMap("groups.find { it.key.category == '" + code + "' }");
        return new JsonPath(new com.fasterxml.jackson.databind.ObjectMapper().valueToTree(group).toString());
    }

    static void assertDecimal(String expected, BigDecimal actual) {
        assertEquals(0, new BigDecimal(expected).compareTo(actual), "expected " + expected + " but was " + actual);
    }
}
