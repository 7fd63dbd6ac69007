package se.kretslopp.climate;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import se.kretslopp.testsupport.Api;
import se.kretslopp.testsupport.Reservations;
import se.kretslopp.testsupport.Tokens;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.kretslopp.testsupport.Api.johan;
import static se.kretslopp.testsupport.Api.sara;

/**
 * Net figures, waste and money frozen at a handover, and the figures agreeing to the gram wherever they are shown:
 * the dashboard's report, the handover rows behind it, its CSV and XLSX, the follow-up and the public page's API.
 */
@QuarkusTest
class ImpactAgreementTest {

    /** Figures compared exactly between the report, the public API and the sums of the handover rows. */
    static final List<String> FIGURES = List.of("handovers", "massKg", "co2eTypicalKg", "co2eConservativeKg",
            "valueSek", "pricedHandovers", "estimatedCo2eTypicalKg", "withoutFigure", "grossTypicalKg",
            "grossConservativeKg", "transportKg", "storageKg", "refurbishmentKg", "transportByDistance",
            "newValueSek", "savedSek", "referencePriced", "internalHandovers", "internalMassKg");

    @Test
    void aHandoverWithADistanceIsFrozenNetOfTransportStorageAndRefurbishmentWithWasteAndMoney() {
        UUID category = Api.newCategory("Nettofönster");
        Api.erik().body(Map.of("boverketId", "6000000104")).put("/api/v1/climate/categories/" + category + "/mapping")
                .then().statusCode(200);
        installationAdmin().body(Map.of("unit", "st", "priceSek", 8000, "source", "Test: offert", "asOf", "2026-11-30"))
                .put("/api/v1/climate/reference-prices/" + category).then().statusCode(200)
                .body("priceSek", equalTo(8000.0f)).body("updatedBy", equalTo("ivar"));
        Api.erik().body(Map.of("unit", "st", "priceSek", 1, "source", "x", "asOf", "2026-11-30"))
                .put("/api/v1/climate/reference-prices/" + category).then().statusCode(403);
        installationAdmin().body(Map.of("unit", "st", "priceSek", 1, "source", "x", "asOf", "2026-11-30"))
                .put("/api/v1/climate/reference-prices/" + UUID.randomUUID()).then().statusCode(404);

        Map<String, Object> body = Api.listing("Fönster netto " + UUID.randomUUID());
        body.put("categoryId", category.toString());
        body.put("quantity", 10);
        body.put("dimensions", Map.of("widthMm", 1000, "heightMm", 1200));
        UUID listing = Api.newListing(johan(), body);
        String reservation = sara().body(Reservations.reserve(listing, 10)).post("/api/v1/reservations").then()
                .statusCode(201).extract().path("id");
        johan().body(Map.of("quantity", 10, "destinationProject", "Kv. Netto", "transportDistanceKm", 50,
                        "storageKgCo2e", 2.5, "refurbishmentKgCo2e", 10))
                .post("/api/v1/reservations/" + reservation + "/handover").then().statusCode(200);

        JsonPath row = johan().get("/api/v1/reports/impact/handovers?categoryCode=" + code(category)).then()
                .statusCode(200).extract().jsonPath();
        assertEquals(1, row.getList("$").size());
        // 10 × 1.2 m² × 38.2 kg/m² = 458.4 kg; gross = 458.4 × (2.0 + 0.0417) = 935.915 (typical),
        // 458.4 × (2.5 + 0.0417) = 1165.115 (conservative); transport 0.4584 t × 50 km × 0.12 = 2.750;
        // net = gross − 2.750 − 2.5 − 10
        assertDecimal("458.400", row.getString("[0].massKg"));
        assertDecimal("935.915", row.getString("[0].grossTypicalKg"));
        assertDecimal("1165.115", row.getString("[0].grossConservativeKg"));
        assertEquals("DISTANCE", row.getString("[0].transportBasis"));
        assertDecimal("50.0", row.getString("[0].transportDistanceKm"));
        assertDecimal("2.750", row.getString("[0].transportKg"));
        assertDecimal("920.665", row.getString("[0].netTypicalKg"));
        assertDecimal("1149.865", row.getString("[0].netConservativeKg"));
        // the material (Ek) gives the waste code before the product's name (a window: glass)
        assertEquals("17 02 01", row.getString("[0].wasteCode"));
        // new: 10 × 8000; paid: 10 × 450
        assertDecimal("80000.00", row.getString("[0].newValueSek"));
        assertDecimal("75500.00", row.getString("[0].savedSek"));
        assertEquals("GIVEN", row.getString("[0].role"));

        // the receiving builder sees it in its declaration rows, with product, resource id and distance
        JsonPath declaration = sara().get("/api/v1/reports/declaration?project=Kv. Netto").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(1, declaration.getList("$").size());
        assertEquals("6000000104", declaration.getString("[0].resourceId"));
        assertDecimal("458.400", declaration.getString("[0].massKg"));
        assertDecimal("50.0", declaration.getString("[0].transportDistanceKm"));
        johan().get("/api/v1/reports/declaration?project=Kv. Netto").then().statusCode(200)
                .body("size()", equalTo(0));
    }

    @Test
    void theDashboardTheExportsTheFollowUpAndThePublicPageAgreeToTheGram() throws IOException {
        String today = LocalDate.now().toString();
        JsonPath report = Api.erik().get("/api/v1/reports/impact?groupBy=year&to=" + today).then().statusCode(200)
                .extract().jsonPath();
        assertTrue(report.getLong("totals.handovers") >= 11);

        // the handover rows add up to the totals
        JsonPath rows = Api.erik().get("/api/v1/reports/impact/handovers?to=" + today).then().statusCode(200)
                .extract().jsonPath();
        Map<String, String> rowFields = Map.of("massKg", "massKg", "co2eTypicalKg", "netTypicalKg",
                "co2eConservativeKg", "netConservativeKg", "grossTypicalKg", "grossTypicalKg", "transportKg",
                "transportKg", "newValueSek", "newValueSek", "savedSek", "savedSek");
        assertEquals(report.getLong("totals.handovers"), rows.getList("$").size());
        for (var field : rowFields.entrySet()) {
            BigDecimal sum = BigDecimal.ZERO;
            for (Object v : rows.getList(field.getValue())) {
                sum = v == null ? sum : sum.add(new BigDecimal(v.toString()));
            }
            // transport of handovers without a figure is shown on their row but not counted in the totals
            if (!field.getKey().equals("transportKg")) {
                assertDecimal(report.getString("totals." + field.getKey()), sum.toPlainString(), field.getKey());
            }
        }
        // the demo's distances are used: some handovers are net of a recorded distance
        assertTrue(report.getLong("totals.transportByDistance") >= 3, "the demo distances are frozen");
        assertTrue(new BigDecimal(report.getString("totals.savedSek")).signum() > 0, "the demo has reference prices");

        // the public page's API gives the same totals for the same handovers
        JsonPath open = given().get("/api/v1/public/impact/kalmar-kommun?to=" + today).then().statusCode(200)
                .extract().jsonPath();
        for (String figure : FIGURES) {
            assertDecimal(report.getString("totals." + figure), open.getString("totals." + figure), "public " + figure);
        }
        // and the follow-up's total, and its years those of the report by year
        JsonPath followUp = Api.erik().get("/api/v1/reports/follow-up?to=" + today).then().statusCode(200)
                .extract().jsonPath();
        for (String figure : FIGURES) {
            assertDecimal(report.getString("totals." + figure), followUp.getString("total.figures." + figure),
                    "follow-up " + figure);
        }
        List<Map<String, Object>> groups = report.getList("groups");
        for (int i = 0; i < groups.size(); i++) {
            String year = report.getString("groups[" + i + "].key.year");
            assertDecimal(report.getString("groups[" + i + "].figures.co2eTypicalKg"),
                    followUp.getString("years.find { it.year == '" + year + "' }.figures.co2eTypicalKg"), year);
            assertDecimal(report.getString("groups[" + i + "].figures.co2eTypicalKg"),
                    open.getString("followUp.find { it.year == '" + year + "' }.figures.co2eTypicalKg"), year);
        }
        assertTrue(followUp.getLong("total.listings") > 0, "Kalmar kommun's demo listings are counted");

        // the CSV and the XLSX of the report carry the same numbers
        String csv = Api.erik().get("/api/v1/reports/impact?groupBy=year&format=csv&to=" + today).then()
                .statusCode(200).extract().asString();
        List<CSVRecord> records = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv)).getRecords();
        CSVRecord total = records.get(records.size() - 1);
        Map<String, String> columns = Map.of("co2e_typical_kg", "co2eTypicalKg", "co2e_gross_typical_kg",
                "grossTypicalKg", "mass_kg", "massKg", "saved_sek", "savedSek", "new_value_sek", "newValueSek",
                "transport_kg_co2e", "transportKg", "internal_mass_kg", "internalMassKg");
        for (var c : columns.entrySet()) {
            assertDecimal(report.getString("totals." + c.getValue()), total.get(c.getKey()), "csv " + c.getKey());
        }
        byte[] xlsx = Api.erik().get("/api/v1/reports/impact?groupBy=year&format=xlsx&to=" + today).then()
                .statusCode(200).extract().asByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheetAt(0);
            Row last = sheet.getRow(sheet.getLastRowNum());
            for (var c : columns.entrySet()) {
                double cell = last.getCell(column(sheet.getRow(0), c.getKey())).getNumericCellValue();
                // a double holds three decimals of these sums exactly enough to round back to the gram
                assertDecimal(report.getString("totals." + c.getValue()),
                        BigDecimal.valueOf(cell).setScale(3, java.math.RoundingMode.HALF_UP).toPlainString(),
                        "xlsx " + c.getKey());
            }
        }
        // the handover export has one row per handover, the follow-up export one per year and the total
        String handoverCsv = Api.erik().get("/api/v1/reports/impact/handovers?format=csv&to=" + today).then()
                .statusCode(200).extract().asString();
        assertEquals(rows.getList("$").size(), CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .get().parse(new StringReader(handoverCsv)).getRecords().size());
        String followUpCsv = Api.erik().get("/api/v1/reports/follow-up?format=csv&to=" + today).then()
                .statusCode(200).extract().asString();
        List<CSVRecord> years = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(followUpCsv)).getRecords();
        CSVRecord all = years.get(years.size() - 1);
        assertEquals("total", all.get("year"));
        assertDecimal(new BigDecimal(report.getString("totals.massKg")).divide(BigDecimal.valueOf(1000)).toPlainString(),
                all.get("tonnes_kept_from_waste"), "tonnes");
    }

    /**
     * V20 gives the figures frozen before it a gross derived from their figure (figure + mass × reuse A4 +
     * refurbishment) and keeps the figure as their net. The demo handovers without a distance are frozen by the new
     * code: the migration's formula gives exactly what it froze, so an old handover reads as a new one would, and
     * its net is the calculator's figure unchanged.
     */
    @Test
    void theMigrationsGrossOfOldFiguresIsWhatTheNewFreezeGives() throws java.sql.SQLException {
        var config = org.eclipse.microprofile.config.ConfigProvider.getConfig();
        try (var db = java.sql.DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getOptionalValue("quarkus.datasource.password", String.class).orElse(""));
             var rs = db.createStatement().executeQuery("""
                     select count(*) as n,
                            count(*) filter (where gross_typical_kg = avoided_typical_kg
                                + round(coalesce(mass_kg * reuse_a4, 0), 3) + refurbishment_kg_co2e
                                and gross_conservative_kg = avoided_conservative_kg
                                + round(coalesce(mass_kg * reuse_a4, 0), 3) + refurbishment_kg_co2e
                                and transport_kg_co2e = round(coalesce(mass_kg * reuse_a4, 0), 3)) as same
                     from climate_realised
                     where basis <> 'NONE' and transport_basis = 'REUSE_A4' and storage_kg_co2e = 0
                       and refurbishment_kg_co2e = 0""")) {
            rs.next();
            assertTrue(rs.getLong("n") >= 5, "the demo handovers without a distance");
            assertEquals(rs.getLong("n"), rs.getLong("same"));
        }
    }

    @Test
    void theNewEndpointsAreOwnOrganisationOnlyAndReferencePricesArePublic() {
        Api.anna().get("/api/v1/reports/impact/handovers?organisation=kalmarhem").then().statusCode(404);
        Api.anna().get("/api/v1/reports/follow-up?organisation=kalmarhem").then().statusCode(404);
        Api.anna().get("/api/v1/reports/declaration?organisation=kalmarhem").then().statusCode(404);
        given().get("/api/v1/reports/follow-up").then().statusCode(401);
        Api.anna().get("/api/v1/reports/follow-up?format=pdf").then().statusCode(400);
        given().get("/api/v1/climate/reference-prices").then().statusCode(200)
                .body("find { it.categoryCode == 'stal.balkar' && it.unit == 'kg' }.priceSek", equalTo(25.0f));
        // the public page has no names of counterparts in its follow-up
        String open = given().get("/api/v1/public/impact/kalmar-kommun").then().statusCode(200).extract().asString();
        assertTrue(!open.contains("Smålandsbygg") && !open.contains("Kalmarhem"), open);
    }

    private static io.restassured.specification.RequestSpecification installationAdmin() {
        return given().auth().oauth2(Tokens.of("ivar", null, "installation-admin")).contentType(ContentType.JSON);
    }

    private static String code(UUID category) {
        return given().get("/api/v1/climate/categories/" + category + "/mapping").then().statusCode(200)
                .extract().path("code");
    }

    private static int column(Row header, String name) {
        for (int i = 0; i < header.getLastCellNum(); i++) {
            if (name.equals(header.getCell(i).getStringCellValue())) {
                return i;
            }
        }
        throw new AssertionError("no column " + name);
    }

    private static void assertDecimal(String expected, String actual) {
        assertDecimal(expected, actual, "");
    }

    private static void assertDecimal(String expected, String actual, String what) {
        assertEquals(0, new BigDecimal(expected).compareTo(new BigDecimal(actual)), what + ": " + expected + " vs " + actual);
    }
}
