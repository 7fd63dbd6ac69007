package se.kretslopp.climate;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.kretslopp.testsupport.Api;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Reports over the demo handovers (db/demo/R__demo_reuse_handovers.sql) and whatever other tests handed over:
 * totals equal the sum of their parts in every grouping, the exports carry the API's numbers, others' reports are
 * not found, and the public dashboard holds no personal data.
 */
@QuarkusTest
class ImpactReportTest {

    static final List<String> FIGURES = List.of("handovers", "massKg", "co2eTypicalKg", "co2eConservativeKg",
            "valueSek", "pricedHandovers", "estimatedCo2eTypicalKg", "withoutFigure");

    @ParameterizedTest
    @ValueSource(strings = {"role", "organisation", "building", "site", "category", "month", "quarter", "year",
            "category,quarter", "building,month", "role,year"})
    void totalsEqualTheSumOfTheirPartsInEveryGrouping(String groupBy) {
        JsonPath report = Api.erik().get("/api/v1/reports/impact?groupBy=" + groupBy).then().statusCode(200)
                .extract().jsonPath();
        List<Map<String, Object>> groups = report.getList("groups");
        assertFalse(groups.isEmpty(), "the demo handovers make groups");
        assertTrue(report.getLong("totals.handovers") >= 11, "the eleven demo handovers of Kalmar kommun are counted");
        for (String figure : FIGURES) {
            BigDecimal sum = BigDecimal.ZERO;
            for (int i = 0; i < groups.size(); i++) {
                sum = sum.add(new BigDecimal(report.getString("groups[" + i + "].figures." + figure)));
            }
            assertEquals(0, new BigDecimal(report.getString("totals." + figure)).compareTo(sum),
                    figure + " by " + groupBy);
        }
    }

    @Test
    void theDemoHistoryHasRealFiguresAndMarksEstimates() {
        JsonPath report = Api.anna().get("/api/v1/reports/impact?groupBy=category").then().statusCode(200)
                .body("organisation.code", equalTo("kalmar-kommun"))
                .body("versions[0].version", equalTo("02.06.000"))
                .body("versions[0].name", equalTo("Boverkets klimatdatabas"))
                .extract().jsonPath();
        // the WCs (no product; porcelain) are estimated; the steel beams are not
        assertTrue(new BigDecimal(report.getString("groups.find { it.key.category == 'sanitet.wc-stolar' }"
                + ".figures.estimatedCo2eTypicalKg")).signum() > 0);
        assertEquals(0, new BigDecimal(report.getString("groups.find { it.key.category == 'stal.balkar' }"
                + ".figures.estimatedCo2eTypicalKg")).signum());
        assertTrue(new BigDecimal(report.getString("totals.estimatedShare")).compareTo(BigDecimal.ONE) < 0);
        // given and received are told apart: Kalmar kommun received bricks and steel from Kalmar Rivning
        Api.anna().get("/api/v1/reports/impact?groupBy=role&role=received").then().statusCode(200)
                .body("groups.key.role", equalTo(List.of("RECEIVED")));
    }

    @Test
    void theExportsCarryTheSameNumbersAsTheApi() throws IOException {
        String query = "/api/v1/reports/impact?groupBy=category,year";
        JsonPath json = Api.erik().get(query).then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> groups = json.getList("groups");

        String csv = Api.withToken("erik", "kalmar-kommun", "admin").get(query + "&format=csv").then().statusCode(200)
                .contentType(org.hamcrest.Matchers.startsWith("text/csv"))
                .header("Content-Disposition", org.hamcrest.Matchers.containsString("klimatnytta.csv"))
                .extract().asString();
        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv)).getRecords();
        assertEquals(groups.size() + 1, rows.size(), "one row per group and the total");
        for (int i = 0; i < groups.size(); i++) {
            assertEquals(json.getString("groups[" + i + "].key.category"), rows.get(i).get("category"));
            assertEquals(json.getString("groups[" + i + "].key.year"), rows.get(i).get("year"));
            assertSame(json, "groups[" + i + "].figures.", rows.get(i));
        }
        assertEquals("TOTAL", rows.get(groups.size()).get("category"));
        assertSame(json, "totals.", rows.get(groups.size()));
        assertTrue(rows.get(0).get("source").contains("02.06.000"));

        byte[] xlsx = Api.withToken("erik", "kalmar-kommun", "admin").get(query + "&format=xlsx").then()
                .statusCode(200).extract().asByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheetAt(0);
            Row header = sheet.getRow(0);
            int typical = column(header, "co2e_typical_kg");
            int mass = column(header, "mass_kg");
            int handovers = column(header, "handovers");
            assertEquals(groups.size() + 1, sheet.getLastRowNum());
            for (int i = 0; i < groups.size(); i++) {
                Row row = sheet.getRow(i + 1);
                assertEquals(Double.parseDouble(json.getString("groups[" + i + "].figures.co2eTypicalKg")),
                        row.getCell(typical).getNumericCellValue(), 0.0005);
                assertEquals(Double.parseDouble(json.getString("groups[" + i + "].figures.massKg")),
                        row.getCell(mass).getNumericCellValue(), 0.0005);
                assertEquals(json.getLong("groups[" + i + "].figures.handovers"),
                        (long) row.getCell(handovers).getNumericCellValue());
            }
            assertEquals(Double.parseDouble(json.getString("totals.co2eTypicalKg")),
                    sheet.getRow(groups.size() + 1).getCell(typical).getNumericCellValue(), 0.0005);
        }
    }

    @Test
    void anotherOrganisationsReportIsNotFoundAndBadQueriesAre400() {
        Api.anna().get("/api/v1/reports/impact?organisation=kalmarhem").then().statusCode(404)
                .contentType("application/problem+json");
        Api.sara().get("/api/v1/reports/impact?organisation=kalmar-kommun&format=csv").then().statusCode(404);
        Api.anna().get("/api/v1/reports/impact?organisation=kalmar-kommun").then().statusCode(200);
        given().get("/api/v1/reports/impact").then().statusCode(401);
        Api.anna().get("/api/v1/reports/impact?groupBy=person").then().statusCode(400)
                .body("errors[0].field", equalTo("groupBy"));
        Api.anna().get("/api/v1/reports/impact?groupBy=month,year").then().statusCode(400);
        Api.anna().get("/api/v1/reports/impact?from=2026-13-01").then().statusCode(400)
                .body("errors[0].field", equalTo("from"));
        Api.anna().get("/api/v1/reports/impact?from=2026-05-01&to=2026-01-01").then().statusCode(400)
                .body("errors[0].field", equalTo("to"));
        Api.anna().get("/api/v1/reports/impact?format=pdf").then().statusCode(400)
                .body("errors[0].field", equalTo("format"));
        Api.anna().get("/api/v1/reports/impact?role=boss").then().statusCode(400);
    }

    @Test
    void theSmalandsbyggReportSeesOnlyItsOwnHandovers() {
        // Smålandsbygg bought from Kalmar kommun and Kalmar Rivning; Kalmarhem's purchases are not in its report
        JsonPath report = Api.sara().get("/api/v1/reports/impact?groupBy=organisation").then().statusCode(200)
                .extract().jsonPath();
        List<String> counterparts = report.getList("groups.key.organisation");
        assertFalse(counterparts.contains("kalmarhem"), counterparts.toString());
        assertFalse(counterparts.contains("smalandsbygg"), counterparts.toString());
    }

    @Test
    void thePublicDashboardIsAnonymousAggregatedAndHoldsNoPersonalData() {
        String body = given().get("/api/v1/public/impact/kalmar-kommun").then().statusCode(200)
                .body("organisation.name", equalTo("Kalmar kommun"))
                .body("versions[0].version", equalTo("02.06.000"))
                .extract().asString();
        JsonPath json = new JsonPath(body);
        assertTrue(json.getLong("totals.handovers") >= 11, "the demo handovers of Kalmar kommun");
        assertFalse(json.getList("byMonth").isEmpty());
        assertFalse(json.getList("byCategory").isEmpty());
        String lower = body.toLowerCase();
        for (String personal : List.of("@", "demo-historik", "anna", "erik", "sara", "johan", "lindqvist", "johansson",
                "nilsson", "förskolan", "demo: återbruk", "lärkgatan", "smålandsbygg", "kalmarhem", "buyer", "seller",
                "username", "email")) {
            assertFalse(lower.contains(personal), "the public dashboard must not contain '" + personal + "'");
        }
        given().get("/api/v1/public/impact/no-such-organisation").then().statusCode(404)
                .contentType("application/problem+json");
        given().get("/api/v1/public/impact/kalmar-kommun?from=yesterday").then().statusCode(400);
    }

    private static void assertSame(JsonPath json, String prefix, CSVRecord row) {
        Map<String, String> columns = Map.of("handovers", "handovers", "mass_kg", "massKg", "co2e_typical_kg",
                "co2eTypicalKg", "co2e_conservative_kg", "co2eConservativeKg", "value_sek", "valueSek",
                "estimated_co2e_typical_kg", "estimatedCo2eTypicalKg", "without_figure", "withoutFigure");
        columns.forEach((column, field) -> assertEquals(0,
                new BigDecimal(json.getString(prefix + field)).compareTo(new BigDecimal(row.get(column))),
                prefix + field));
    }

    private static int column(Row header, String name) {
        for (int i = 0; i < header.getLastCellNum(); i++) {
            if (name.equals(header.getCell(i).getStringCellValue())) {
                return i;
            }
        }
        throw new AssertionError("no column " + name);
    }
}
