package se.kretslopp.climate;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import se.kretslopp.testsupport.Api;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The method against Boverket's own figures (version 02.06.000, src/main/resources/climate/), computed by hand.
 * Avoided = mass × (A1–A3 + A4) − mass × 0.0042 (A4 of "Återanvänd byggprodukt", 6000000174).
 */
@QuarkusTest
class ClimateMethodTest {

    static final UUID WINDOWS = UUID.fromString("7c0e0000-0000-4000-8000-000000000201");
    static final UUID BRICKS = UUID.fromString("7c0e0000-0000-4000-8000-000000000301");
    static final UUID STEEL_BEAMS = UUID.fromString("7c0e0000-0000-4000-8000-000000000501");
    static final UUID WC = UUID.fromString("7c0e0000-0000-4000-8000-000000000801");

    static Map<String, Object> estimate(UUID category, String material, Number quantity, String unit) {
        Map<String, Object> body = new HashMap<>();
        if (category != null) {
            body.put("categoryId", category.toString());
        }
        body.put("material", material);
        body.put("quantity", quantity);
        body.put("unit", unit);
        return body;
    }

    static JsonPath post(Map<String, Object> body) {
        return given().contentType("application/json").body(body).post("/api/v1/climate/estimate").then()
                .statusCode(200).extract().jsonPath();
    }

    static BigDecimal dec(JsonPath json, String path) {
        return new BigDecimal(json.getString(path));
    }

    @Test
    void tenWoodenSideHungTripleGlazedWindowsOf1point2SquareMetres() {
        // 6000000104 "Fönster, trä, sidhängt, 3-glas": A1–A3 typical 2.0, conservative 2.5, A4 0.0417, Area=38.2 kg/m²
        // mass = 10 × (1.0 m × 1.2 m) × 38.2 = 458.4 kg
        // typical      = 458.4 × (2.0 + 0.0417 − 0.0042) = 458.4 × 2.0375 = 933.990 kg CO2e
        // conservative = 458.4 × (2.5 + 0.0417 − 0.0042) = 458.4 × 2.5375 = 1163.190 kg CO2e
        Map<String, Object> body = estimate(WINDOWS, "Trä", 10, "st");
        body.put("dimensions", Map.of("widthMm", 1000, "heightMm", 1200));
        JsonPath json = post(body);
        assertEquals("PRODUCT", json.getString("basis"));
        assertEquals("6000000104", json.getString("product.resourceId"));
        assertEquals("AREA", json.getString("massSource"));
        assertDecimal("458.400", dec(json, "massKg"));
        assertDecimal("933.990", dec(json, "avoidedTypicalKgCo2e"));
        assertDecimal("1163.190", dec(json, "avoidedConservativeKgCo2e"));
        assertEquals(false, json.getBoolean("estimate"));
        assertEquals("Boverkets klimatdatabas", json.getString("source.name"));
        assertEquals("02.06.000", json.getString("source.version"));
    }

    @Test
    void twoCubicMetresOfBricks() {
        // 6000000082 "Tegelsten": A1–A3 0.251 / 0.314, A4 0.0487, Volume=1800.0 kg/m³
        // mass = 2 × 1800 = 3600 kg
        // typical      = 3600 × (0.251 + 0.0487 − 0.0042) = 3600 × 0.2955 = 1063.800
        // conservative = 3600 × (0.314 + 0.0487 − 0.0042) = 3600 × 0.3585 = 1290.600
        JsonPath json = post(estimate(BRICKS, "Tegel", 2, "m3"));
        assertEquals("6000000082", json.getString("product.resourceId"));
        assertDecimal("3600.000", dec(json, "massKg"));
        assertDecimal("1063.800", dec(json, "avoidedTypicalKgCo2e"));
        assertDecimal("1290.600", dec(json, "avoidedConservativeKgCo2e"));
    }

    @Test
    void fiveHundredKiloOfStructuralSteelEightyPercentPrimary() {
        // 6000000150 "Konstruktionsstål, alla sorter, 80 % primär råvara": A1–A3 2.52 / 3.15, A4 0.0765
        // typical      = 500 × (2.52 + 0.0765 − 0.0042) = 500 × 2.5923 = 1296.150
        // conservative = 500 × (3.15 + 0.0765 − 0.0042) = 500 × 3.2223 = 1611.150
        JsonPath json = post(estimate(STEEL_BEAMS, "Stål S235", 500, "kg"));
        assertEquals("6000000150", json.getString("product.resourceId"));
        assertEquals("KG", json.getString("massSource"));
        assertDecimal("1296.150", dec(json, "avoidedTypicalKgCo2e"));
        assertDecimal("1611.150", dec(json, "avoidedConservativeKgCo2e"));
    }

    @Test
    void aWcHasNoBoverketProductAndIsEstimatedFromItsMaterial() {
        // WC-stolar map to no product. Material "Porslin" → the stand-in 6000000083 "Tegelsten, frostbeständigt,
        // hårdbränd" (fired clay): A1–A3 0.435 / 0.544, A4 0.0487; one WC of 25 kg
        // typical      = 25 × (0.435 + 0.0487 − 0.0042) = 25 × 0.4795 = 11.9875 → 11.988
        // conservative = 25 × (0.544 + 0.0487 − 0.0042) = 25 × 0.5885 = 14.7125 → 14.713
        Map<String, Object> body = estimate(WC, "Porslin", 1, "st");
        body.put("weightPerUnitKg", 25);
        JsonPath json = post(body);
        assertEquals("MATERIAL_ESTIMATE", json.getString("basis"));
        assertEquals(true, json.getBoolean("estimate"));
        assertEquals("6000000083", json.getString("product.resourceId"));
        assertDecimal("25.000", dec(json, "massKg"));
        assertDecimal("11.988", dec(json, "avoidedTypicalKgCo2e"));
        assertDecimal("14.713", dec(json, "avoidedConservativeKgCo2e"));
    }

    @Test
    void conservativeAndTypicalDifferByTheDatabasesFactor() {
        // the database publishes A1–A3 conservative = typical × conservative_factor (1.25 for these products),
        // rounded to three significant digits (bricks: 0.251 × 1.25 = 0.31375, published 0.314); the two avoided
        // figures differ by exactly mass × (conservative − typical), nothing else changes
        for (Object[] c : new Object[][] {{WINDOWS, 10, "st", "2.0", "2.5"}, {BRICKS, 2, "m3", "0.251", "0.314"},
                {STEEL_BEAMS, 500, "kg", "2.52", "3.15"}}) {
            Map<String, Object> body = estimate((UUID) c[0], null, (Number) c[1], (String) c[2]);
            body.put("dimensions", Map.of("widthMm", 1000, "heightMm", 1200));
            JsonPath json = post(body);
            BigDecimal typical = dec(json, "a1a3Typical");
            BigDecimal conservative = dec(json, "a1a3Conservative");
            assertDecimal((String) c[3], typical);
            assertDecimal((String) c[4], conservative);
            BigDecimal ratio = conservative.divide(typical, 3, java.math.RoundingMode.HALF_UP);
            assertTrue(ratio.subtract(new BigDecimal("1.25")).abs().compareTo(new BigDecimal("0.005")) <= 0,
                    "conservative / typical = the factor 1.25, up to the database's rounding: " + ratio);
            BigDecimal difference = dec(json, "avoidedConservativeKgCo2e").subtract(dec(json, "avoidedTypicalKgCo2e"));
            BigDecimal expected = dec(json, "massKg").multiply(conservative.subtract(typical));
            assertEquals(0, expected.setScale(3, java.math.RoundingMode.HALF_UP).compareTo(difference), c[0].toString());
        }
        // windows: 458.4 × (2.5 − 2.0) = 229.2 = 1163.19 − 933.99
        // and the factor is what the database publishes for the product
        given().get("/api/v1/climate/factors").then().statusCode(200)
                .body("products.find { it.resourceId == '6000000104' }.conservativeFactor", equalTo(1.25f))
                .body("reuseA4", equalTo(0.0042f))
                .body("source.version", equalTo("02.06.000"));
    }

    @Test
    void anOwnWeightPerUnitWinsOverTheProductsConversion() {
        // 10 windows of 50 kg each: 500 × 2.0375 = 1018.750
        Map<String, Object> body = estimate(WINDOWS, "Trä", 10, "st");
        body.put("dimensions", Map.of("widthMm", 1000, "heightMm", 1200));
        body.put("weightPerUnitKg", 50);
        JsonPath json = post(body);
        assertEquals("WEIGHT_PER_UNIT", json.getString("massSource"));
        assertDecimal("1018.750", dec(json, "avoidedTypicalKgCo2e"));
    }

    @Test
    void refurbishmentIsSubtracted() {
        Map<String, Object> body = estimate(STEEL_BEAMS, null, 500, "kg");
        body.put("refurbishmentKgCo2e", 96.15);
        assertDecimal("1200.000", dec(post(body), "avoidedTypicalKgCo2e"));
    }

    @Test
    void withoutAMassOrAMaterialThereIsNoFigureAndItSaysWhy() {
        JsonPath noDims = post(estimate(WINDOWS, "Trä", 10, "st"));
        assertEquals("NONE", noDims.getString("basis"));
        org.junit.jupiter.api.Assertions.assertNull(noDims.getString("avoidedTypicalKgCo2e"));
        given().contentType("application/json").body(estimate(WC, "Sammet", 1, "st")).post("/api/v1/climate/estimate")
                .then().statusCode(200).body("basis", equalTo("NONE")).body("reason", org.hamcrest.Matchers.containsString("Sammet"))
                .body("avoidedTypicalKgCo2e", nullValue());
    }

    @Test
    void badInputIsA4xxNamingTheField() {
        given().contentType("application/json").body(Map.of("quantity", -1, "unit", "st"))
                .post("/api/v1/climate/estimate").then().statusCode(400).contentType("application/problem+json");
        given().contentType("application/json").body(estimate(UUID.randomUUID(), null, 1, "kg"))
                .post("/api/v1/climate/estimate").then().statusCode(422).body("errors[0].field", equalTo("categoryId"));
        given().contentType("application/json").body(Map.of("quantity", 1, "unit", "ton"))
                .post("/api/v1/climate/estimate").then().statusCode(400);
    }

    @Test
    void listingsAndItemsShowTheirPotentialSaving() {
        // Johan's demo listing of 350 kg steel beams: 350 × 2.5923 = 907.305
        given().get("/api/v1/climate/listings/de400000-0000-4000-8000-000000000013/savings").then().statusCode(200)
                .body("avoidedTypicalKgCo2e", equalTo(907.305f)).body("source.version", equalTo("02.06.000"));
        UUID building = Api.newBuilding("Klimathuset", 1990);
        UUID item = Api.newItem(building, STEEL_BEAMS, "Balk");
        Api.anna().get("/api/v1/climate/items/" + item + "/savings").then().statusCode(200).body("basis", equalTo("NONE"));
        // another organisation's item is not found, and nobody else's drafts leak
        Api.sara().get("/api/v1/climate/items/" + item + "/savings").then().statusCode(404);
        given().get("/api/v1/climate/items/" + item + "/savings").then().statusCode(401);
        given().get("/api/v1/climate/listings/" + UUID.randomUUID() + "/savings").then().statusCode(404);
    }

    @Test
    void anotherOrganisationsDraftIsNotFoundAndOnlyAdminsSwitchVersions() {
        Map<String, Object> body = Api.listing("Utkast " + UUID.randomUUID());
        body.put("status", "DRAFT");
        UUID draft = Api.newListing(Api.johan(), body);
        // 12 interior doors of 0.89 × 2.09 m at 16.5 kg/m²: 368.300 kg × (0.18 + 0.0417 − 0.0042) = 80.105
        Api.johan().get("/api/v1/climate/listings/" + draft + "/savings").then().statusCode(200)
                .body("avoidedTypicalKgCo2e", equalTo(80.105f));
        Api.sara().get("/api/v1/climate/listings/" + draft + "/savings").then().statusCode(404)
                .contentType("application/problem+json");
        given().get("/api/v1/climate/listings/" + draft + "/savings").then().statusCode(404);
        Api.anna().post("/api/v1/climate/datasets/02.06.000/activate").then().statusCode(403);
        Api.erik().post("/api/v1/climate/datasets/77.77.777/activate").then().statusCode(404);
        given().get("/api/v1/climate/factors").then().body("source.version", equalTo("02.06.000"));
    }

    @Test
    void theMappingTableCoversTheCategoriesAndOnlyAdminsChangeIt() {
        given().get("/api/v1/climate/categories/" + WINDOWS + "/mapping").then().statusCode(200)
                .body("boverketId", equalTo("6000000104")).body("product.nameSv", equalTo("Fönster, trä, sidhängt, 3-glas"));
        given().get("/api/v1/climate/categories/mappings").then().statusCode(200).body("size()", greaterThan(60));
        UUID category = Api.newCategory("Klimatkarta");
        Api.anna().body(Map.of("boverketId", "6000000082")).put("/api/v1/climate/categories/" + category + "/mapping")
                .then().statusCode(403).contentType("application/problem+json");
        Api.karin().body(Map.of("boverketId", "6000000082")).put("/api/v1/climate/categories/" + category + "/mapping")
                .then().statusCode(403);
        given().get("/api/v1/climate/categories/" + category + "/mapping").then().body("boverketId", nullValue());
        Api.erik().body(Map.of("boverketId", "6000009999")).put("/api/v1/climate/categories/" + category + "/mapping")
                .then().statusCode(422).body("errors[0].field", equalTo("boverketId"));
        Api.erik().body(Map.of("boverketId", "6000000082")).put("/api/v1/climate/categories/" + category + "/mapping")
                .then().statusCode(200).body("product.resourceId", equalTo("6000000082"));
        Api.erik().body(Map.of("boverketId", "6000000082")).put("/api/v1/climate/categories/" + UUID.randomUUID() + "/mapping")
                .then().statusCode(404);
        Api.sara().get("/api/v1/categories").then()
                .body("children.flatten().find { it.id == '" + category + "' }.boverketId", equalTo("6000000082"));
    }

    @Test
    void onlyAdminsImportVersionsAndABadFileChangesNothing() {
        Api.withToken("anna", "kalmar-kommun", "property-unit").multiPart("file", "boverket-klimatdatabas-98.00.000-gwp.csv",
                "x".getBytes(), "text/csv").post("/api/v1/climate/datasets").then().statusCode(403);
        Api.withToken("erik", "kalmar-kommun", "admin").multiPart("file", "boverket-klimatdatabas-98.00.000-gwp.csv",
                "resource_id,name_sv\n1,X\n".getBytes(), "text/csv").post("/api/v1/climate/datasets").then()
                .statusCode(422).body("errors[0].field", equalTo("file"));
        given().get("/api/v1/climate/datasets").then().statusCode(200)
                .body("find { it.version == '98.00.000' }", nullValue())
                .body("find { it.version == '02.06.000' }.productCount", equalTo(213));
    }

    static void assertDecimal(String expected, BigDecimal actual) {
        assertEquals(0, new BigDecimal(expected).compareTo(actual), "expected " + expected + " but was " + actual);
    }
}
