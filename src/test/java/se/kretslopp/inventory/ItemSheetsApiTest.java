package se.kretslopp.inventory;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import se.kretslopp.testsupport.Api;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Spreadsheet import and export of a building's inventory through the HTTP API, with the seeded categories. */
@QuarkusTest
class ItemSheetsApiTest {

    private static final String HEADER = "Kategori;Benämning;Material;Antal;Enhet;Skick;Bedömning";

    private static RequestSpecification anna() {
        return Api.withToken("anna", "kalmar-kommun", "property-unit");
    }

    private static RequestSpecification karin() {
        return Api.withToken("karin", "morbylanga-kommun", "property-unit");
    }

    private static byte[] csv(Charset charset, List<String> lines) {
        return (String.join("\r\n", lines) + "\r\n").getBytes(charset);
    }

    private static RequestSpecification upload(RequestSpecification who, byte[] file, String name) {
        return who.multiPart("file", name, file, name.endsWith(".xlsx")
                ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "text/csv");
    }

    @Test
    void aGoodFileOf500RowsIsCheckedThenImported() {
        UUID building = Api.newBuilding("Import 500", 1994);
        List<String> lines = new ArrayList<>(List.of(HEADER));
        for (int i = 1; i <= 500; i++) {
            lines.add("Innerdörrar;Innerdörr " + i + ";Furu;" + (i % 7 + 1) + ";st;2;Återbruk");
        }
        byte[] file = csv(StandardCharsets.UTF_8, lines);
        upload(anna(), file, "inventering.csv").post("/api/v1/buildings/" + building + "/items/import?dryRun=true")
                .then().statusCode(200).body("dryRun", equalTo(true)).body("rowCount", equalTo(500))
                .body("problems", hasSize(0)).body("importedCount", equalTo(0));
        Api.anna().get("/api/v1/buildings/" + building).then().body("itemCount", equalTo(0));

        upload(anna(), file, "inventering.csv").post("/api/v1/buildings/" + building + "/items/import?dryRun=false")
                .then().statusCode(200).body("importedCount", equalTo(500));
        Api.anna().get("/api/v1/buildings/" + building).then().body("itemCount", equalTo(500));
    }

    @Test
    void errorsInTenRowsAreAllReportedAndNothingIsSaved() {
        UUID building = Api.newBuilding("Import fel", 1994);
        List<String> lines = new ArrayList<>(List.of(HEADER));
        for (int i = 1; i <= 30; i++) {
            boolean bad = i % 3 == 0;
            lines.add("Innerdörrar;Dörr " + i + ";Ek;" + (bad ? "många" : "2") + ";st;2;Återbruk");
        }
        byte[] file = csv(StandardCharsets.UTF_8, lines);
        upload(anna(), file, "fel.csv").post("/api/v1/buildings/" + building + "/items/import?dryRun=true")
                .then().statusCode(200).body("problems", hasSize(10))
                .body("problems.row", hasItem(4)).body("problems.row", hasItem(31))
                .body("problems[0].column", equalTo("Antal"));
        upload(anna(), file, "fel.csv").post("/api/v1/buildings/" + building + "/items/import?dryRun=false")
                .then().statusCode(422).contentType("application/problem+json");
        Api.anna().get("/api/v1/buildings/" + building).then().body("itemCount", equalTo(0));
    }

    @Test
    void theReportSpeaksTheRequestsLanguageAndCodesEveryProblem() {
        UUID building = Api.newBuilding("Import på två språk", 1994);
        byte[] file = csv(StandardCharsets.UTF_8, List.of(HEADER, "Innerdörrar;Dörr;Ek;många;st;2;Återbruk",
                "Innerdörrar;Dörr;Ek;1;lådor;2;Återbruk", "Innerdörrar;Dörr;Ek;1;st;7;Återbruk"));
        String dryRun = "/api/v1/buildings/" + building + "/items/import?dryRun=true";
        upload(anna().header("Accept-Language", "sv-SE,sv;q=0.9,en;q=0.8"), file, "fel.csv").post(dryRun)
                .then().statusCode(200)
                .body("problems.row", contains(2, 3, 4))
                .body("problems.column", contains("Antal", "Enhet", "Skick"))
                .body("problems.code", contains("InvalidNumber", "InvalidEnum", "Max"))
                .body("problems[0].message", equalTo("'många' är inget tal"))
                .body("problems[1].message", startsWith("'lådor' är inte något av: "))
                .body("problems[1].allowed", hasItem("st"))
                .body("problems[2].max", equalTo(4))
                .body("problems[2].message", equalTo("får inte vara större än 4"));
        upload(anna().header("Accept-Language", "en"), file, "fel.csv").post(dryRun)
                .then().statusCode(200)
                .body("problems.code", contains("InvalidNumber", "InvalidEnum", "Max"))
                .body("problems[0].message", equalTo("'många' is not a number"))
                .body("problems[1].message", startsWith("'lådor' is not one of: "))
                .body("problems[2].message", equalTo("must be less than or equal to 4"));
        upload(anna().header("Accept-Language", "sv"), file, "fel.csv")
                .post("/api/v1/buildings/" + building + "/items/import?dryRun=false")
                .then().statusCode(422).header("Content-Language", "sv")
                .body("title", equalTo("Begäran kan inte utföras"))
                .body("detail", equalTo("3 problem på 3 rader i bladet; inget importerades."))
                .body("errors.field", contains("row 2, Antal", "row 3, Enhet", "row 4, Skick"))
                .body("errors.code", contains("InvalidNumber", "InvalidEnum", "Max"))
                .body("errors[2].message", equalTo("får inte vara större än 4"));
        upload(anna().header("Accept-Language", "sv"), csv(StandardCharsets.UTF_8,
                List.of("Benämning;Antal;Färg", "Dörr;1;vit")), "rubriker.csv").post(dryRun)
                .then().statusCode(200)
                .body("problems.code", hasItem("UnknownColumn"))
                .body("problems.code", hasItem("MissingColumn"))
                .body("problems.find { it.code == 'UnknownColumn' }.message", startsWith("är ingen känd kolumn"));
    }

    @Test
    void windows1252AndUtf8FilesKeepÅÄÖ() {
        UUID building = Api.newBuilding("Teckenkodning", 1994);
        List<String> lines = List.of(HEADER, "Innerdörrar;Skåpdörr, ädelträ;Björk;3;st;2;Återbruk",
                "Innerdörrar;Dörr till förråd;Ek;1;st;3;Återvinning");
        upload(anna(), csv(Charset.forName("windows-1252"), lines), "excel.csv")
                .post("/api/v1/buildings/" + building + "/items/import?dryRun=false").then().statusCode(200)
                .body("importedCount", equalTo(2));
        upload(anna(), csv(StandardCharsets.UTF_8, List.of(HEADER.replace(';', ','),
                        "Innerdörrar,Glasdörr med överljus,Glas,1,st,1,Återbruk")), "utf8.csv")
                .post("/api/v1/buildings/" + building + "/items/import?dryRun=false").then().statusCode(200);
        Api.anna().get("/api/v1/buildings/" + building + "/items?sort=name").then()
                .body("items.name", hasItem("Skåpdörr, ädelträ"))
                .body("items.name", hasItem("Dörr till förråd"))
                .body("items.name", hasItem("Glasdörr med överljus"))
                .body("items.material", hasItem("Björk"));
    }

    @Test
    void theDryRunReportsTheHazardousSubstanceRuleAndAnUnclearFlagIsRefused() {
        UUID school = Api.newBuilding("Skola 1965, import", 1965);
        byte[] file = csv(StandardCharsets.UTF_8, List.of(HEADER, "Innerdörrar;Dörr;Ek;1;st;2;Återbruk",
                "Innerdörrar;Dörr;Ek;1;st;2;Återvinning"));
        upload(anna(), file, "skola.csv").post("/api/v1/buildings/" + school + "/items/import?dryRun=true")
                .then().statusCode(200).body("problems", hasSize(1))
                .body("problems[0].row", equalTo(2)).body("problems[0].column", equalTo("Bedömning"));
        upload(anna(), file, "skola.csv").post("/api/v1/buildings/" + school + "/items/import?dryRun=1")
                .then().statusCode(400).body("errors[0].field", equalTo("dryRun"));
        Api.anna().get("/api/v1/buildings/" + school).then().body("itemCount", equalTo(0));
    }

    @Test
    void aFileOverTheLimitIsRefused() {
        UUID building = Api.newBuilding("För stor", 1994);
        byte[] big = new byte[5 * 1024 * 1024 + 10];
        Arrays.fill(big, (byte) 'a');
        upload(anna(), big, "stor.csv").post("/api/v1/buildings/" + building + "/items/import?dryRun=true")
                .then().statusCode(413).contentType("application/problem+json");
        List<String> lines = new ArrayList<>(List.of(HEADER));
        for (int i = 0; i < 5001; i++) {
            lines.add("Innerdörrar;D" + i + ";Ek;1;st;2;Återbruk");
        }
        upload(anna(), csv(StandardCharsets.UTF_8, lines), "manga.csv")
                .post("/api/v1/buildings/" + building + "/items/import?dryRun=true")
                .then().statusCode(413).body("detail", containsString("5"));
    }

    @Test
    void formulaCellsAreNeutralisedOnExportAndComeBackUnchanged() {
        UUID building = Api.newBuilding("Formler", 1994);
        UUID category = Api.newCategory("Formler");
        List<String> names = List.of("=HYPERLINK(\"http://evil.example\",\"klicka\")", "+46 480 450 00", "-2+3", "@SUM(A1)");
        for (String name : names) {
            Map<String, Object> item = Api.item(category, name, "RECYCLE", "NOT_CHECKED");
            Api.anna().body(item).post("/api/v1/buildings/" + building + "/items").then().statusCode(201);
        }
        byte[] exported = anna().get("/api/v1/buildings/" + building + "/items/export?format=csv")
                .then().statusCode(200).header("Content-Disposition", containsString("inventering-formler.csv"))
                .extract().asByteArray();
        String text = new String(exported, StandardCharsets.UTF_8);
        for (String line : text.split("\r\n")) {
            for (String cell : line.split(";")) {
                String bare = cell.startsWith("\"") ? cell.substring(1) : cell;
                assertTrue(bare.isEmpty() || "=+-@".indexOf(bare.charAt(0)) < 0, "neutralised: " + cell);
            }
        }
        UUID copy = Api.newBuilding("Formler, kopia", 1994);
        upload(anna(), exported, "export.csv").post("/api/v1/buildings/" + copy + "/items/import?dryRun=false")
                .then().statusCode(200).body("importedCount", equalTo(4));
        List<String> back = Api.anna().get("/api/v1/buildings/" + copy + "/items").then().extract().path("items.name");
        assertEquals(names.stream().sorted().toList(), back.stream().sorted().toList());
    }

    @Test
    void xlsxRoundTripsAndTheTemplateDownloads() {
        UUID building = Api.newBuilding("Excel", 1994);
        UUID category = Api.newCategory("Excel");
        Api.newItem(building, category, "Radiator");
        Api.newItem(building, category, "Element");
        byte[] xlsx = anna().get("/api/v1/buildings/" + building + "/items/export?format=xlsx").then().statusCode(200)
                .contentType(startsWith("application/vnd.openxmlformats")).extract().asByteArray();
        UUID copy = Api.newBuilding("Excel, kopia", 1994);
        upload(anna(), xlsx, "export.xlsx").post("/api/v1/buildings/" + copy + "/items/import?dryRun=false")
                .then().statusCode(200).body("importedCount", equalTo(2));
        anna().get("/api/v1/items/import-template?format=xlsx").then().statusCode(200)
                .header("Content-Disposition", containsString(".xlsx"));
        anna().get("/api/v1/items/import-template?format=csv").then().statusCode(200);
        anna().get("/api/v1/items/import-template?format=pdf").then().statusCode(400)
                .body("errors[0].field", equalTo("format"));
    }

    @Test
    void anotherOrganisationCannotImportOrExport() {
        UUID building = Api.newBuilding("Stängd", 1994);
        byte[] file = csv(StandardCharsets.UTF_8, List.of(HEADER, "Innerdörrar;Dörr;Ek;1;st;2;Återbruk"));
        upload(karin(), file, "x.csv").post("/api/v1/buildings/" + building + "/items/import?dryRun=false")
                .then().statusCode(404);
        upload(karin(), file, "x.csv").post("/api/v1/buildings/" + building + "/items/import?dryRun=true")
                .then().statusCode(404);
        karin().get("/api/v1/buildings/" + building + "/items/export?format=csv").then().statusCode(404);
        Api.anna().get("/api/v1/buildings/" + building).then().body("itemCount", equalTo(0));
    }
}
