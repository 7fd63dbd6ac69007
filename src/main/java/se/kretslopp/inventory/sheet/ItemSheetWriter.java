package se.kretslopp.inventory.sheet;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import se.kretslopp.inventory.api.ItemRequest;
import se.kretslopp.inventory.api.ItemView;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes a building's inventory as a sheet that Swedish Excel opens as it is and that {@link ItemSheetReader}
 * imports again: Swedish headers and words, English in the header comments, text guarded against formulas.
 * The category is written as its code, which is unambiguous where two sub-categories share a name.
 */
public class ItemSheetWriter {

    static final String DATA_SHEET = "Inventering";
    static final String HELP_SHEET = "Anvisningar";
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final CSVFormat CSV = CSVFormat.DEFAULT.builder().setDelimiter(';').setRecordSeparator("\r\n").get();

    public byte[] write(List<ItemView> items, SheetFormat format) {
        return format == SheetFormat.XLSX ? xlsx(items) : csv(items);
    }

    public byte[] xlsx(List<ItemView> items) {
        return xlsxOf(items.stream().map(ItemSheetWriter::cells).toList());
    }

    /** UTF-8 with a BOM, so that Excel reads å, ä and ö right; semicolons and CRLF, as Swedish Excel expects. */
    public byte[] csv(List<ItemView> items) {
        return csvOf(items.stream().map(ItemSheetWriter::cells).toList());
    }

    /** The value of each column, in column order: text, BigDecimal, Integer, LocalDate or null. */
    static List<Object> cells(ItemView item) {
        List<Object> cells = new ArrayList<>();
        for (SheetColumn column : SheetColumn.values()) {
            cells.add(cell(item, column));
        }
        return cells;
    }

    private static Object cell(ItemView item, SheetColumn column) {
        ItemRequest.Dimensions dimensions = item.dimensions();
        ItemRequest.Location location = item.location();
        ItemRequest.Dismantling dismantling = item.dismantling();
        ItemRequest.Hazard hazard = item.hazard();
        return switch (column) {
            case CATEGORY -> item.category() == null ? null : item.category().code();
            case NAME -> item.name();
            case MATERIAL -> item.material();
            case QUANTITY -> item.quantity();
            case UNIT -> SheetVocabulary.label(item.unit());
            case LENGTH -> dimensions == null ? null : dimensions.lengthMm();
            case WIDTH -> dimensions == null ? null : dimensions.widthMm();
            case HEIGHT -> dimensions == null ? null : dimensions.heightMm();
            case WEIGHT -> item.weightPerUnitKg();
            case MANUFACTURER -> item.manufacturer();
            case PRODUCT -> item.productName();
            case YEAR -> item.year();
            case CONDITION -> item.condition();
            case FUNCTIONAL_DAMAGE -> item.functionalDamage();
            case AESTHETIC_DAMAGE -> item.aestheticDamage();
            case FLOOR -> location == null ? null : location.floor();
            case ROOM -> location == null ? null : location.room();
            case LOCATION_NOTES -> location == null ? null : location.notes();
            case DISMANTLING_METHOD -> dismantling == null ? null : dismantling.method();
            case DISMANTLING_NOTES -> dismantling == null ? null : dismantling.notes();
            case AVAILABLE_FROM -> item.availableFrom();
            case FATE -> SheetVocabulary.label(item.fate());
            case HAZARD_CHECK -> hazard == null ? null : SheetVocabulary.label(hazard.check());
            case SUBSTANCES -> hazard == null || hazard.substances() == null || hazard.substances().isEmpty()
                    ? null : String.join(", ", hazard.substances().stream().map(SheetVocabulary::label).toList());
            case STATUS -> SheetVocabulary.label(item.status());
        };
    }

    static byte[] xlsxOf(List<List<Object>> rows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = workbook.createSheet(DATA_SHEET);
            CellStyle headerStyle = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            headerStyle.setFont(bold);
            headerStyle.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            headerStyle.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            CellStyle dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));

            SheetColumn[] columns = SheetColumn.values();
            XSSFRow header = sheet.createRow(0);
            XSSFDrawing drawing = sheet.createDrawingPatriarch();
            for (int c = 0; c < columns.length; c++) {
                SheetColumn column = columns[c];
                XSSFCell cell = header.createCell(c);
                cell.setCellValue(column.header());
                cell.setCellStyle(headerStyle);
                ClientAnchor anchor = workbook.getCreationHelper().createClientAnchor();
                anchor.setCol1(c);
                anchor.setCol2(c + 3);
                anchor.setRow1(0);
                anchor.setRow2(4);
                XSSFComment comment = drawing.createCellComment(anchor);
                comment.setString(new XSSFRichTextString(column.english()
                        + (column.required() ? " (required)" : "") + ": " + column.help()));
                comment.setAuthor("Kretslopp");
                cell.setCellComment(comment);
                sheet.setColumnWidth(c, Math.max(column.width(), column.header().length() + 3) * 256);
            }
            for (int r = 0; r < rows.size(); r++) {
                XSSFRow row = sheet.createRow(r + 1);
                List<Object> values = rows.get(r);
                for (int c = 0; c < values.size(); c++) {
                    Object value = values.get(c);
                    if (value == null) {
                        continue;
                    }
                    XSSFCell cell = row.createCell(c);
                    if (value instanceof BigDecimal number) {
                        cell.setCellValue(number.doubleValue());
                    } else if (value instanceof Number number) {
                        cell.setCellValue(number.doubleValue());
                    } else if (value instanceof LocalDate date) {
                        cell.setCellValue(date);
                        cell.setCellStyle(dateStyle);
                    } else {
                        cell.setCellValue(FormulaGuard.neutralise(value.toString()));
                    }
                }
            }
            sheet.createFreezePane(0, 1);
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(rows.size(), 1), 0, columns.length - 1));
            addDropDowns(sheet);
            addHelpSheet(workbook, headerStyle);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Suggestions only: the reader also takes English words, so typing something else is not blocked. */
    private static void addDropDowns(XSSFSheet sheet) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        for (Map.Entry<SheetColumn, List<String>> choice : SheetVocabulary.choices().entrySet()) {
            int c = choice.getKey().ordinal();
            DataValidation validation = helper.createValidation(
                    helper.createExplicitListConstraint(choice.getValue().toArray(String[]::new)),
                    new CellRangeAddressList(1, ItemSheetReader.MAX_ROWS, c, c));
            // POI writes showDropDown=!suppress, and OOXML's showDropDown=1 hides the arrow: true shows it
            validation.setSuppressDropDownArrow(true);
            validation.setShowErrorBox(false);
            sheet.addValidationData(validation);
        }
    }

    private static void addHelpSheet(XSSFWorkbook workbook, CellStyle headerStyle) {
        XSSFSheet help = workbook.createSheet(HELP_SHEET);
        String[] titles = {"Kolumn", "Column", "Krävs", "Description"};
        XSSFRow header = help.createRow(0);
        for (int c = 0; c < titles.length; c++) {
            header.createCell(c).setCellValue(titles[c]);
            header.getCell(c).setCellStyle(headerStyle);
        }
        SheetColumn[] columns = SheetColumn.values();
        for (int i = 0; i < columns.length; i++) {
            XSSFRow row = help.createRow(i + 1);
            row.createCell(0).setCellValue(columns[i].header());
            row.createCell(1).setCellValue(columns[i].english());
            row.createCell(2).setCellValue(columns[i].required() ? "ja" : "");
            row.createCell(3).setCellValue(columns[i].help());
        }
        XSSFRow note = help.createRow(columns.length + 2);
        note.createCell(0).setCellValue("Fyll i bladet " + DATA_SHEET + ", en rad per sorts byggdel. Spara som "
                + ".xlsx eller CSV. Högst 5 000 rader och 5 MB per fil.");
        help.setColumnWidth(0, 26 * 256);
        help.setColumnWidth(1, 22 * 256);
        help.setColumnWidth(2, 7 * 256);
        help.setColumnWidth(3, 90 * 256);
        help.createFreezePane(0, 1);
    }

    static byte[] csvOf(List<List<Object>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(UTF8_BOM);
        try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
             CSVPrinter printer = new CSVPrinter(writer, CSV)) {
            List<String> header = new ArrayList<>();
            for (SheetColumn column : SheetColumn.values()) {
                header.add(column.header());
            }
            printer.printRecord(header);
            for (List<Object> values : rows) {
                List<String> record = new ArrayList<>();
                for (Object value : values) {
                    record.add(csvText(value));
                }
                printer.printRecord(record);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String csvText(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal number) {
            return SheetVocabulary.swedishNumber(number);
        }
        if (value instanceof Number || value instanceof LocalDate) {
            return value.toString();
        }
        return FormulaGuard.neutralise(value.toString());
    }
}
