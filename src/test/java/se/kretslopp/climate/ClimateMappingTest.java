package se.kretslopp.climate;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import se.kretslopp.testsupport.Api;
import se.kretslopp.testsupport.Reservations;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.kretslopp.climate.ClimateMethodTest.assertDecimal;
import static se.kretslopp.climate.ClimateMethodTest.dec;
import static se.kretslopp.climate.ClimateMethodTest.estimate;
import static se.kretslopp.climate.ClimateMethodTest.post;
import static se.kretslopp.testsupport.Api.johan;
import static se.kretslopp.testsupport.Api.sara;

/**
 * Category × material → product on the seeded mapping (V19) and Boverket's 02.06.000: the two cases of issue 22
 * with their hand-computed figures, the coverage report, the admins' changes, and figures frozen before a change.
 */
@QuarkusTest
class ClimateMappingTest {

    static final String SEED = "7c0e0000-0000-4000-8000-";
    static final UUID DOORS = UUID.fromString(SEED + "000000000100");
    static final UUID INTERIOR_DOORS = UUID.fromString(SEED + "000000000101");
    static final UUID HOLLOW_CORE = UUID.fromString(SEED + "000000001801");
    static final UUID OTHER = UUID.fromString(SEED + "000000009900");

    static Map<String, Object> withDimensions(Map<String, Object> body, Integer length, int width, int height) {
        Map<String, Object> dims = new HashMap<>();
        if (length != null) {
            dims.put("lengthMm", length);
        }
        dims.put("widthMm", width);
        dims.put("heightMm", height);
        body.put("dimensions", dims);
        return body;
    }

    @Test
    void aSteelInteriorDoorGetsTheSteelDoorNotTheWoodenOne() {
        // 6000000117 "Innerdörr utan glas, stål": 0.9 × 2.1 m × 46.7 kg/m² = 88.263 kg
        // typical      = 88.263 × (2.58 + 0.0417 − 0.0042) = 88.263 × 2.6175 = 231.028
        // conservative = 88.263 × (3.23 + 0.0417 − 0.0042) = 88.263 × 3.2675 = 288.399
        // (before: the wooden 6000000121, 31.185 kg × 0.2175 = 6.783, 97 % too low and not marked)
        JsonPath steel = post(withDimensions(estimate(INTERIOR_DOORS, "Stål", 1, "st"), null, 900, 2100));
        assertEquals("6000000117", steel.getString("product.resourceId"));
        assertEquals("CATEGORY_MATERIAL", steel.getString("route"));
        assertEquals("PRODUCT", steel.getString("basis"));
        assertEquals(false, steel.getBoolean("estimate"));
        assertDecimal("88.263", dec(steel, "massKg"));
        assertDecimal("231.028", dec(steel, "avoidedTypicalKgCo2e"));
        assertDecimal("288.399", dec(steel, "avoidedConservativeKgCo2e"));
        JsonPath oak = post(withDimensions(estimate(INTERIOR_DOORS, "Ek", 1, "st"), null, 900, 2100));
        assertEquals("6000000121", oak.getString("product.resourceId"));
        assertDecimal("6.783", dec(oak, "avoidedTypicalKgCo2e"));
        // the parent category with that material now has a product: 6000000115 "Ytterdörr, stål, massiv",
        // 0.9 × 2.1 × 29.4 = 55.566 kg × (2.79 + 0.0417 − 0.0042) = 157.113
        JsonPath parent = post(withDimensions(estimate(DOORS, "stål", 1, "st"), null, 900, 2100));
        assertEquals("6000000115", parent.getString("product.resourceId"));
        assertDecimal("157.113", dec(parent, "avoidedTypicalKgCo2e"));
        // a material the category has no product for is a marked estimate, with the reason
        JsonPath copper = post(estimate(INTERIOR_DOORS, "Koppar", 30, "kg"));
        assertEquals(true, copper.getBoolean("estimate"));
        assertEquals("MATERIAL_ESTIMATE", copper.getString("basis"));
        assertEquals("MATERIAL", copper.getString("route"));
        assertTrue(copper.getString("routeReason").contains("dorrar.innerdorrar"), copper.getString("routeReason"));
    }

    @Test
    void aHollowCoreSlabGetsTheHollowCoreProductNotASolidOne() {
        // 6000000059 "Hålbjälklag, HD/F": 8.0 × 1.2 × 0.265 m = 2.544 m³ × 1350 kg/m³ = 3434.4 kg
        // typical      = 3434.4 × (0.15 + 0.0417 − 0.0042) = 3434.4 × 0.1875 = 643.950
        // conservative = 3434.4 × (0.188 + 0.0417 − 0.0042) = 3434.4 × 0.2255 = 774.457
        // (before: Övrigt + betong gave 6000000077, 2.544 × 2400 = 6105.6 kg × 0.2355 = 1437.869, 123 % too high)
        JsonPath slab = post(withDimensions(estimate(HOLLOW_CORE, "Betong", 1, "st"), 8000, 1200, 265));
        assertEquals("6000000059", slab.getString("product.resourceId"));
        assertEquals(false, slab.getBoolean("estimate"));
        assertDecimal("3434.400", dec(slab, "massKg"));
        assertDecimal("643.950", dec(slab, "avoidedTypicalKgCo2e"));
        assertDecimal("774.457", dec(slab, "avoidedConservativeKgCo2e"));
        // Övrigt with the construction in the material reaches it too
        JsonPath other = post(withDimensions(estimate(OTHER, "Betong, HD/F", 1, "st"), 8000, 1200, 265));
        assertEquals("6000000059", other.getString("product.resourceId"));
        assertDecimal("643.950", dec(other, "avoidedTypicalKgCo2e"));
        // concrete of no known construction in Övrigt is a solid element, and says it is an estimate
        JsonPath solid = post(withDimensions(estimate(OTHER, "Betong", 1, "st"), 8000, 1200, 265));
        assertEquals("6000000077", solid.getString("product.resourceId"));
        assertEquals(true, solid.getBoolean("estimate"));
        assertDecimal("1437.869", dec(solid, "avoidedTypicalKgCo2e"));
    }

    @Test
    void everySeedCategoryHasARouteForItsCommonMaterials() throws IOException {
        JsonPath coverage = Api.as("ingrid", "kalmar-kommun", "installation-admin").get("/api/v1/climate/coverage")
                .then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> rows = coverage.getList("rows");
        Map<String, List<Map<String, Object>>> bySeedCategory = rows.stream()
                .filter(r -> r.get("categoryId").toString().startsWith(SEED))
                .collect(Collectors.groupingBy(r -> r.get("code").toString()));
        // every category of the seed tree is in the report
        List<String> seedCodes = new ArrayList<>();
        JsonPath tree = sara().get("/api/v1/categories").then().statusCode(200).extract().jsonPath();
        for (Object id : tree.getList("id")) {
            if (id.toString().startsWith(SEED)) {
                seedCodes.add(tree.getString("find { it.id == '" + id + "' }.code"));
            }
        }
        for (Object id : tree.getList("children.flatten().id")) {
            if (id.toString().startsWith(SEED)) {
                seedCodes.add(tree.getString("children.flatten().find { it.id == '" + id + "' }.code"));
            }
        }
        assertTrue(seedCodes.size() >= 100, "the seed tree: " + seedCodes.size());
        List<String> withoutRoute = new ArrayList<>();
        for (String code : seedCodes) {
            List<Map<String, Object>> pairs = bySeedCategory.get(code);
            assertFalse(pairs == null || pairs.isEmpty(), code + " is not in the coverage report");
            if (pairs.stream().allMatch(r -> "NONE".equals(r.get("route")))) {
                withoutRoute.add(code);
            }
            pairs.stream().filter(r -> Boolean.TRUE.equals(r.get("common")) && "NONE".equals(r.get("route")))
                    .forEach(r -> withoutRoute.add(code + " × " + r.get("material")));
            assertTrue(pairs.stream().anyMatch(r -> Boolean.TRUE.equals(r.get("common"))),
                    code + " has no common material");
        }
        assertEquals(List.of(), withoutRoute, "categories and common materials without a product route");
        // the structural and envelope elements get their own product, not an estimate
        for (String[] exact : new String[][] {
                {"dorrar.innerdorrar", "tra", "6000000121"}, {"dorrar.innerdorrar", "stal", "6000000117"},
                {"dorrar.ytterdorrar", "aluminium", "6000000187"}, {"dorrar.ytterdorrar", "stal", "6000000115"},
                {"fonster.fonster", "tra-aluminium", "6000000103"}, {"fonster.fonster", "pvc", "6000000214"},
                {"fonster.fonster", "aluminium", "6000000225"}, {"betongelement.hdf", null, "6000000059"},
                {"betongelement.sandwichvaggar", null, "6000000058"}, {"stal.balkar", "limtra", "6000000168"},
                {"virke.pelare", "stal", "6000000150"}, {"tak.takplat", "aluminium", "6000000161"},
                {"fasad.fasadskivor", "fibercement", "6000000182"}, {"tegel.takpannor-tegel", "tegel", "6000000081"},
                {"isolering.mineralull", "stenull", "6000000123"}, {"skivor.gipsskivor", "gips", "6000000020"}}) {
            Map<String, Object> row = bySeedCategory.get(exact[0]).stream()
                    .filter(r -> java.util.Objects.equals(r.get("material"), exact[1])).findFirst().orElseThrow();
            assertEquals(exact[2], row.get("resourceId"), String.join(" × ", exact));
            assertEquals(false, row.get("estimate"), String.join(" × ", exact));
        }
        assertEquals(0, coverage.getInt("none") - (int) rows.stream().filter(r -> "NONE".equals(r.get("route"))).count());

        // the CSV has the same rows; every material with all=true; only admins
        String csv = Api.withToken("erik", "kalmar-kommun", "admin").get("/api/v1/climate/coverage?format=csv")
                .then().statusCode(200).contentType(org.hamcrest.Matchers.startsWith("text/csv")).extract().asString();
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().get().parse(new StringReader(csv))) {
            List<CSVRecord> records = parser.getRecords();
            assertEquals(rows.size(), records.size());
            CSVRecord hdf = records.stream().filter(r -> r.get("category").equals("betongelement.hdf")
                    && r.get("material").isEmpty()).findFirst().orElseThrow();
            assertEquals("6000000059", hdf.get("resource_id"));
            assertEquals("Boverkets klimatdatabas 02.06.000", hdf.get("source"));
        }
        int all = Api.erik().get("/api/v1/climate/coverage?all=true").then().statusCode(200).extract().path("pairs");
        assertTrue(all > rows.size(), all + " ≤ " + rows.size());
        Api.anna().get("/api/v1/climate/coverage").then().statusCode(403);
        given().get("/api/v1/climate/coverage").then().statusCode(401);
        Api.erik().get("/api/v1/climate/coverage?format=xml").then().statusCode(400);
    }

    @Test
    void adminsSetAndRemoveACategorysProductForAMaterial() {
        UUID category = Api.newCategory("Materialkarta");
        Map<String, Object> steelDoor = Map.of("boverketId", "6000000117", "note", "Ståldörr");
        String path = "/api/v1/climate/categories/" + category + "/mapping/materials/stal";
        Api.anna().body(steelDoor).put(path).then().statusCode(403);
        Api.erik().body(steelDoor).put("/api/v1/climate/categories/" + category + "/mapping/materials/sammet")
                .then().statusCode(404).contentType("application/problem+json");
        Api.erik().body(Map.of("boverketId", "6000009999")).put(path).then().statusCode(422)
                .body("errors[0].field", equalTo("boverketId"));
        Api.erik().body(Map.of("boverketId", "6000000117", "construction", "(")).put(path).then().statusCode(422)
                .body("errors[0].field", equalTo("construction"));
        Api.erik().body(Map.of("boverketId", "6000000117", "unknown", 1)).put(path).then().statusCode(400);
        Api.erik().body(steelDoor).put(path).then().statusCode(200)
                .body("materials.find { it.material == 'stal' }.boverketId", equalTo("6000000117"))
                .body("materials.find { it.material == 'stal' }.product.nameSv", equalTo("Innerdörr utan glas, stål"));
        given().get("/api/v1/climate/categories/" + category + "/mapping").then()
                .body("materials.material", hasItem("stal"));
        JsonPath json = post(estimate(category, "Stålplåt", 10, "kg"));
        assertEquals("6000000117", json.getString("product.resourceId"));
        assertEquals("CATEGORY_MATERIAL", json.getString("route"));
        Api.erik().delete(path).then().statusCode(200).body("materials.size()", equalTo(0));
        Api.erik().delete(path).then().statusCode(404);
        assertEquals("MATERIAL", post(estimate(category, "Stålplåt", 10, "kg")).getString("route"));
    }

    @Test
    void figuresFrozenAtAHandoverStayWhileANewHandoverUsesTheChangedMapping() {
        UUID category = Api.newCategory("Frysta ståldörrar");
        String code = sara().get("/api/v1/categories").then().extract()
                .path("children.flatten().find { it.id == '" + category + "' }.code");
        Map<String, Object> body = Api.listing("Ståldörrar för frysning " + UUID.randomUUID());
        body.put("categoryId", category.toString());
        body.put("material", "Stål");
        body.put("quantity", 4);
        body.put("weightPerUnitKg", 40);
        UUID listing = Api.newListing(johan(), body);

        // before: the category has no product; steel's stand-in, konstruktionsstål 6000000150, marked:
        // 2 × 40 kg = 80 kg × (2.52 + 0.0765 − 0.0042) = 80 × 2.5923 = 207.384
        handOver(listing, 2);
        JsonPath first = categoryGroup(code);
        assertDecimal("207.384", new BigDecimal(first.getString("figures.co2eTypicalKg")));
        assertDecimal("207.384", new BigDecimal(first.getString("figures.estimatedCo2eTypicalKg")));

        // the mapping changes: steel items of the category are steel interior doors, 6000000117
        Api.erik().body(Map.of("boverketId", "6000000117")).put("/api/v1/climate/categories/" + category
                + "/mapping/materials/stal").then().statusCode(200);
        // a new handover of the same listing: 80 × (2.58 + 0.0417 − 0.0042) = 80 × 2.6175 = 209.400, not marked;
        // the first stays 207.384 (both with the new mapping would be 418.800, both with the old 414.768)
        handOver(listing, 2);
        JsonPath both = categoryGroup(code);
        assertDecimal("416.784", new BigDecimal(both.getString("figures.co2eTypicalKg")));
        assertDecimal("207.384", new BigDecimal(both.getString("figures.estimatedCo2eTypicalKg")));
        assertEquals(2, both.getInt("figures.handovers"));
    }

    private static void handOver(UUID listing, int quantity) {
        String reservation = sara().body(Reservations.reserve(listing, quantity)).post("/api/v1/reservations").then()
                .statusCode(201).extract().path("id");
        johan().body(Map.of("quantity", quantity, "destinationProject", "Förskolan Lärkan"))
                .post("/api/v1/reservations/" + reservation + "/handover").then().statusCode(200);
    }

    private static JsonPath categoryGroup(String code) {
        JsonPath report = johan().get("/api/v1/reports/impact?groupBy=category").then().statusCode(200)
                .extract().jsonPath();
        Map<String, Object> group = report.getMap("groups.find { it.key.category == '" + code + "' }");
        return new JsonPath(new com.fasterxml.jackson.databind.ObjectMapper().valueToTree(group).toString());
    }
}
