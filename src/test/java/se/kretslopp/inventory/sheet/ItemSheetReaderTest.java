package se.kretslopp.inventory.sheet;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import se.kretslopp.common.ProblemException;
import se.kretslopp.inventory.api.ItemRequest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.kretslopp.inventory.sheet.SheetFixtures.DOORS;
import static se.kretslopp.inventory.sheet.SheetFixtures.FLOORING;
import static se.kretslopp.inventory.sheet.SheetFixtures.HEADER;
import static se.kretslopp.inventory.sheet.SheetFixtures.csv;
import static se.kretslopp.inventory.sheet.SheetFixtures.goodRow;
import static se.kretslopp.inventory.sheet.SheetFixtures.read;

class ItemSheetReaderTest {

    private static List<String> lines(int rows) {
        List<String> lines = new ArrayList<>(List.of(HEADER));
        for (int i = 1; i <= rows; i++) {
            lines.add(goodRow(i));
        }
        return lines;
    }

    @Test
    void fiveHundredGoodRowsBecomeFiveHundredRequests() {
        ParsedSheet sheet = read(csv(StandardCharsets.UTF_8, true, lines(500)), "inventering.csv");

        assertEquals(List.of(), sheet.problems());
        assertTrue(sheet.valid());
        assertEquals(500, sheet.requests().size());
        ItemRequest third = sheet.requests().get(2);
        assertEquals(new BigDecimal("2.5"), third.quantity(), "decimal comma");
        assertEquals(ItemRequest.Unit.m2, third.unit(), "m²");
        assertEquals(FLOORING, third.categoryId(), "Swedish category name");
        assertEquals(DOORS, sheet.requests().get(1).categoryId(), "category code");
        assertEquals(new BigDecimal("22.5"), third.weightPerUnitKg());
        assertEquals(new ItemRequest.Dimensions(2040, 825, 40), third.dimensions());
        assertEquals(LocalDate.of(2026, 9, 1), third.availableFrom());
        assertEquals(ItemRequest.Fate.REUSE, third.fate());
        assertEquals(new ItemRequest.Hazard(ItemRequest.HazardCheck.FREE, List.of()), third.hazard());
        assertEquals(ItemRequest.Status.INVENTORIED, third.status());
        assertEquals(4, sheet.rows().get(2).row(), "the third data row is Excel's row 4");
    }

    @Test
    void errorsInTenRowsAreAllReportedWithRowAndColumn() {
        List<String> lines = lines(30);
        Map<Integer, String[]> errors = Map.of(
                3, new String[]{"Kategori", "okänd kategori", "is not a known category"},
                5, new String[]{"Antal", "många", "is not a number"},
                7, new String[]{"Enhet", "lådor", "is not one of"},
                9, new String[]{"Skick", "5", "must be less than or equal to 4"},
                11, new String[]{"Bedömning", "spara", "is not one of"},
                13, new String[]{"Tillgänglig från", "1/9 2026", "yyyy-mm-dd"},
                15, new String[]{"Längd mm", "-5", "must be greater than 0"},
                17, new String[]{"År", "3000", "must be less than or equal to 2100"},
                19, new String[]{"Benämning", "", "is required"},
                21, new String[]{"Farliga ämnen", "radon", "is not one of"});
        List<String> header = Arrays.asList(HEADER.split(";"));
        errors.forEach((row, error) -> {
            String[] cells = lines.get(row - 1).split(";", -1);
            cells[header.indexOf(error[0])] = error[1];
            lines.set(row - 1, String.join(";", cells));
        });

        ParsedSheet sheet = read(csv(StandardCharsets.UTF_8, false, lines), "fel.csv");

        assertFalse(sheet.valid());
        assertEquals(20, sheet.requests().size());
        List<SheetProblem> problems = sheet.problems();
        assertEquals(10, problems.size(), problems::toString);
        errors.forEach((row, error) -> {
            SheetProblem problem = problems.stream().filter(p -> p.row() == row).findFirst().orElseThrow();
            assertEquals(error[0], problem.column(), problem::toString);
            assertTrue(problem.message().contains(error[2]), problem::toString);
        });
        ProblemException answer = sheet.toProblemException();
        assertEquals(422, answer.problem().status());
        assertEquals("row 3, Kategori", answer.problem().errors().get(0).field());
    }

    @Test
    void windows1252AndUtf8WithAndWithoutBomReadÅÄÖ() {
        List<String> lines = List.of(HEADER, goodRow(2).replace("Post 2 dörr", "Fönsterbänk åäö ÅÄÖ"));
        for (Charset charset : List.of(Charset.forName("windows-1252"), StandardCharsets.UTF_8)) {
            for (boolean bom : charset == StandardCharsets.UTF_8 ? List.of(true, false) : List.of(false)) {
                ParsedSheet sheet = read(csv(charset, bom, lines), "x.csv");
                assertEquals(List.of(), sheet.problems(), charset + " bom " + bom);
                assertEquals("Fönsterbänk åäö ÅÄÖ", sheet.requests().get(0).name(), charset + " bom " + bom);
            }
        }
    }

    @Test
    void commaSeparatedWithQuotedSeparatorsNewlinesAndEnglishHeaders() {
        String text = """
                 CATEGORY , name,Quantity,unit,Condition,fate,Location notes,Hazardous substances,status
                Interior doors,"Dörr, vit",2.5,m3,2,HAZARDOUS_WASTE,"rad ett
                rad två",asbestos; pcb,IN_STORAGE
                ,,,,,,,,
                golv.parkett,"Golv \"\"ek\"\"",10,kg,1,återvinning,,,i lager
                """;
        ParsedSheet sheet = read(text.getBytes(StandardCharsets.UTF_8), "x.csv");

        assertEquals(List.of(), sheet.problems());
        assertEquals(2, sheet.requests().size(), "the empty row is skipped");
        ItemRequest door = sheet.requests().get(0);
        assertEquals("Dörr, vit", door.name());
        assertEquals(new BigDecimal("2.5"), door.quantity());
        assertEquals(ItemRequest.Fate.HAZARDOUS_WASTE, door.fate());
        assertEquals("rad ett\nrad två", door.location().notes());
        assertEquals(new ItemRequest.Hazard(ItemRequest.HazardCheck.CONTAINS,
                List.of(ItemRequest.Substance.ASBESTOS, ItemRequest.Substance.PCB)), door.hazard());
        assertEquals(ItemRequest.Status.IN_STORAGE, door.status());
        assertEquals("Golv \"ek\"", sheet.requests().get(1).name());
        assertEquals(4, sheet.rows().get(1).row(), "a multi-line cell is one row, the empty row counts");
    }

    @Test
    void xlsxWithNumberAndDateCells() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = workbook.createSheet("Blad1");
            String[] header = {"Kategori", "Benämning", "Antal", "Enhet", "Skick", "Bedömning", "Tillgänglig från",
                    "Våning", "År"};
            XSSFRow first = sheet.createRow(0);
            for (int c = 0; c < header.length; c++) {
                first.createCell(c).setCellValue(header[c]);
            }
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            for (int r = 1; r <= 500; r++) {
                XSSFRow row = sheet.createRow(r);
                row.createCell(0).setCellValue("Innerdörrar");
                row.createCell(1).setCellValue("Dörr " + r);
                row.createCell(2).setCellValue(r % 2 == 0 ? 2.5 : 3);
                row.createCell(3).setCellValue("st");
                row.createCell(4).setCellValue(2);
                row.createCell(5).setCellValue("återbruk");
                row.createCell(6).setCellValue(LocalDate.of(2026, 9, 1));
                row.getCell(6).setCellStyle(date);
                row.createCell(7).setCellValue(3);
                row.createCell(8).setCellFormula("1980+7");
            }
            workbook.setForceFormulaRecalculation(true);
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
            workbook.write(out);

            ParsedSheet parsed = read(out.toByteArray(), "inventering.xlsx");

            assertEquals(List.of(), parsed.problems());
            assertEquals(SheetFormat.XLSX, parsed.format());
            assertEquals(500, parsed.requests().size());
            ItemRequest second = parsed.requests().get(1);
            assertEquals(new BigDecimal("2.5"), second.quantity());
            assertEquals(new BigDecimal("3"), parsed.requests().get(0).quantity());
            assertEquals(LocalDate.of(2026, 9, 1), second.availableFrom());
            assertEquals("3", second.location().floor(), "a number in a text column is its plain text");
            assertEquals(1987, second.year(), "a formula's cached value");
        }
    }

    @Test
    void overFiveMebibytesIsRefused() {
        byte[] big = new byte[ItemSheetReader.MAX_BYTES + 1];
        Arrays.fill(big, (byte) 'a');
        ProblemException e = assertThrows(ProblemException.class, () -> read(big, "stor.csv"));
        assertEquals(413, e.problem().status());
        assertTrue(e.problem().detail().contains("at most 5 MiB"), e.problem().detail());
    }

    @Test
    void fiveThousandRowsAreReadButNotOneMore() {
        assertEquals(5000, read(csv(StandardCharsets.UTF_8, true, lines(5000)), "x.csv").requests().size());

        ProblemException e = assertThrows(ProblemException.class,
                () -> read(csv(StandardCharsets.UTF_8, true, lines(5001)), "x.csv"));
        assertEquals(413, e.problem().status());
        assertTrue(e.problem().detail().contains("at most 5 000 rows"), e.problem().detail());
    }

    @Test
    void headerProblems() {
        ParsedSheet missing = read("Benämning;Antal;Enhet;Skick;Bedömning;Färg\nDörr;1;st;1;återbruk;vit\n"
                .getBytes(StandardCharsets.UTF_8), "x.csv");
        assertEquals(List.of(), missing.rows(), "without a required column no row is read");
        assertEquals(Map.of("Färg", 1, "Kategori", 1), missing.problems().stream()
                .collect(Collectors.toMap(SheetProblem::column, SheetProblem::row)));

        ParsedSheet unknown = read((HEADER + ";Färg\n" + goodRow(2) + ";vit\n").getBytes(StandardCharsets.UTF_8),
                "x.csv");
        assertEquals(1, unknown.requests().size(), "an unknown column does not stop the rows");
        assertEquals(1, unknown.problems().size(), unknown.problems()::toString);
        SheetProblem colour = unknown.problems().get(0);
        assertEquals(List.of(1, "Färg", "UnknownColumn"), List.of(colour.row(), colour.column(), colour.code()));
        assertTrue(colour.error().allowed().contains("Benämning"), "the answer lists the known columns");
        assertFalse(unknown.valid());
    }

    @Test
    void substancesWithoutACheckMeanContainsAndFreeWithSubstancesIsAProblem() {
        String row = goodRow(2);
        ParsedSheet sheet = read(csv(StandardCharsets.UTF_8, false, List.of(HEADER,
                row.replace(";fri;;", ";;bly;"), row.replace(";fri;;", ";fri;PCB;"))), "x.csv");
        assertEquals(ItemRequest.HazardCheck.CONTAINS, sheet.rows().get(0).request().hazard().check());
        assertNull(sheet.rows().get(1).request());
        assertEquals("Farliga ämnen", sheet.rows().get(1).problems().get(0).column());
    }

    @Test
    void oldExcelAndBinaryFilesAreRefused() {
        byte[] xls = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0, 0};
        assertEquals(415, assertThrows(ProblemException.class, () -> read(xls, "a.xls")).problem().status());
        byte[] zip = {'P', 'K', 3, 4, 0, 0, 0, 0};
        assertEquals(415, assertThrows(ProblemException.class, () -> read(zip, "a.xlsx")).problem().status());
    }
}
