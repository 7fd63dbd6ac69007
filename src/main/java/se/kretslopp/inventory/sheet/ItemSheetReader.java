package se.kretslopp.inventory.sheet;

import jakarta.validation.Validator;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import se.kretslopp.common.ControlCharacters;
import se.kretslopp.common.ProblemException;
import se.kretslopp.common.FieldCode;
import se.kretslopp.common.ProblemType;
import se.kretslopp.common.Message;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * Reads an uploaded inventory sheet, XLSX or CSV as Swedish Excel writes it, into item requests. It reads the
 * first worksheet; its first non-empty row is the header (row 1 of any sheet this service writes). Row numbers
 * in problems are the ones Excel shows. Blocking and CPU-bound: call it off the event loop.
 */
public class ItemSheetReader {

    public static final int MAX_BYTES = 5 * 1024 * 1024;
    public static final int MAX_ROWS = 5_000;

    static {
        // A 5 MiB XLSX may inflate a hundredfold under POI's defaults; a sheet of 5,000 rows needs far less.
        org.apache.poi.openxml4j.util.ZipSecureFile.setMaxEntrySize(64L * 1024 * 1024);
    }

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final MathContext EXCEL_PRECISION = new MathContext(15);

    /** A validator whose messages are in the language, for the problems of a sheet read for a person. */
    private final Function<Locale, Validator> validators;

    public ItemSheetReader(Validator validator) {
        this(language -> validator);
    }

    public ItemSheetReader(Function<Locale, Validator> validators) {
        this.validators = validators;
    }

    /** {@link #read(byte[], String, String, Function, Locale)} with the problems' messages in English. */
    public ParsedSheet read(byte[] bytes, String filename, String contentType,
                            Function<String, Optional<UUID>> categories) {
        return read(bytes, filename, contentType, categories, Locale.ENGLISH);
    }

    /**
     * @param filename    as uploaded, only to tell an old .xls apart; may be null
     * @param contentType as uploaded; may be null. The bytes decide the format, since browsers send anything.
     * @param categories  the category id of a category code, Swedish name or English name
     * @param language    the language of Bean Validation's messages among the problems (ours are in both)
     * @throws ProblemException 413 over {@link #MAX_BYTES} or {@link #MAX_ROWS}; 415 when it is no XLSX or CSV;
     *                          422 when the file is empty or its CSV is malformed
     */
    public ParsedSheet read(byte[] bytes, String filename, String contentType,
                            Function<String, Optional<UUID>> categories, Locale language) {
        if (bytes.length > MAX_BYTES) {
            throw new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, Message.of("sheet.file.tooLarge",
                    String.format(Locale.ROOT, "%.1f", bytes.length / (1024.0 * 1024.0))), List.of());
        }
        SheetFormat format = detect(bytes, filename);
        Table table = format == SheetFormat.XLSX ? xlsx(bytes) : csv(bytes);
        if (table == null) {
            throw new ProblemException(ProblemType.UNPROCESSABLE, Message.of("sheet.file.empty"), List.of());
        }
        List<SheetProblem> headerProblems = new ArrayList<>();
        Map<SheetColumn, String> headers = new EnumMap<>(SheetColumn.class);
        for (Map.Entry<Integer, SheetColumn> entry : table.columns.entrySet()) {
            headers.put(entry.getValue(), table.header.get(entry.getKey()));
        }
        for (int i = 0; i < table.header.size(); i++) {
            String header = table.header.get(i);
            if (header.isBlank()) {
                continue;
            }
            Optional<SheetColumn> column = SheetColumn.byHeader(header);
            if (column.isEmpty()) {
                List<String> known = Arrays.stream(SheetColumn.values()).map(SheetColumn::header).toList();
                headerProblems.add(new SheetProblem(table.headerRow, header, ItemRowParser.error(
                        FieldCode.UNKNOWN_COLUMN, "sheet.column.unknown", String.join(", ", known)).withAllowed(known)));
            } else if (!Integer.valueOf(i).equals(table.columnIndex(column.get()))) {
                headerProblems.add(new SheetProblem(table.headerRow, header, ItemRowParser.error(
                        FieldCode.DUPLICATE_COLUMN, "sheet.column.twice", headers.get(column.get()))
                        .withOther(headers.get(column.get()))));
            }
        }
        boolean missing = false;
        for (SheetColumn column : SheetColumn.values()) {
            if (column.required() && !headers.containsKey(column)) {
                headerProblems.add(new SheetProblem(table.headerRow, column.header(), ItemRowParser.error(
                        FieldCode.MISSING_COLUMN, "sheet.column.missing", column.english())));
                missing = true;
            }
        }
        if (missing) {
            return new ParsedSheet(format, List.of(), headerProblems);
        }
        ItemRowParser parser = new ItemRowParser(validators.apply(language), categories, headers);
        List<ParsedRow> rows = table.rows.stream().map(row -> parser.parse(row.number, row.cells)).toList();
        return new ParsedSheet(format, rows, headerProblems);
    }

    private static SheetFormat detect(byte[] bytes, String filename) {
        if (bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4) {
            return SheetFormat.XLSX;
        }
        if (bytes.length >= 4 && (bytes[0] & 0xff) == 0xD0 && (bytes[1] & 0xff) == 0xCF
                && (bytes[2] & 0xff) == 0x11 && (bytes[3] & 0xff) == 0xE0) {
            throw unsupported(Message.of("sheet.file.xls"));
        }
        boolean utf16 = bytes.length >= 2 && ((bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE
                || (bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF);
        for (int i = 0; i < Math.min(bytes.length, 4096) && !utf16; i++) {
            if (bytes[i] == 0) {
                throw unsupported(Message.of("sheet.file.neither", filename == null ? "" : "'" + filename + "' "));
            }
        }
        return SheetFormat.CSV;
    }

    private static ProblemException unsupported(Message detail) {
        return new ProblemException(ProblemType.UNSUPPORTED_MEDIA_TYPE, detail, List.of());
    }

    private static ProblemException tooManyRows() {
        return new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, Message.of("sheet.file.tooManyRows"), List.of());
    }

    // ---- XLSX

    private static Table xlsx(byte[] bytes) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            if (workbook.getNumberOfSheets() == 0) {
                return null;
            }
            Sheet sheet = workbook.getSheetAt(0);
            Table table = null;
            for (Row row : sheet) {
                if (table == null) {
                    List<String> header = new ArrayList<>();
                    for (int c = 0; c < Math.max(row.getLastCellNum(), 0); c++) {
                        header.add(text(row.getCell(c), false));
                    }
                    if (header.stream().anyMatch(h -> !h.isBlank())) {
                        table = new Table(header);
                        table.headerRow = row.getRowNum() + 1;
                    }
                    continue;
                }
                Map<SheetColumn, String> cells = new EnumMap<>(SheetColumn.class);
                for (Map.Entry<Integer, SheetColumn> column : table.columns.entrySet()) {
                    cells.put(column.getValue(), text(row.getCell(column.getKey()),
                            column.getValue() == SheetColumn.AVAILABLE_FROM));
                }
                table.add(row.getRowNum() + 1, cells);
            }
            return table;
        } catch (IOException | RuntimeException e) {
            if (e instanceof ProblemException problem) {
                throw problem;
            }
            throw unsupported(Message.of("sheet.file.unreadable"));
        }
    }

    private static String text(Cell cell, boolean dateColumn) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> ControlCharacters.strip(FormulaGuard.restore(cell.getStringCellValue())).strip();
            case NUMERIC -> {
                if (DateUtil.isCellDateFormatted(cell) || dateColumn && DateUtil.isValidExcelDate(cell.getNumericCellValue())) {
                    yield DateUtil.getLocalDateTime(cell.getNumericCellValue()).toLocalDate().toString();
                }
                yield new BigDecimal(cell.getNumericCellValue()).round(EXCEL_PRECISION).stripTrailingZeros()
                        .toPlainString();
            }
            case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
            case ERROR -> "#ERROR";
            default -> "";
        };
    }

    // ---- CSV

    private static Table csv(byte[] bytes) {
        String text = decode(bytes);
        Character separator = null;
        if (text.regionMatches(true, 0, "sep=", 0, 4) && text.length() > 4) {
            // Excel's own hint line, which it hides when it opens the file
            separator = text.charAt(4);
            int end = text.indexOf('\n');
            text = end < 0 ? "" : text.substring(end + 1);
        }
        if (separator == null) {
            separator = separator(text);
        }
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(separator).setIgnoreEmptyLines(false).get();
        Table table = null;
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord record : parser) {
                int number = (int) record.getRecordNumber();
                if (table == null) {
                    List<String> header = record.stream().map(h -> h == null ? "" : h.strip()).toList();
                    if (header.stream().anyMatch(h -> !h.isBlank())) {
                        table = new Table(header);
                        table.headerRow = number;
                    }
                    continue;
                }
                Map<SheetColumn, String> cells = new EnumMap<>(SheetColumn.class);
                for (Map.Entry<Integer, SheetColumn> column : table.columns.entrySet()) {
                    String value = column.getKey() < record.size() ? record.get(column.getKey()) : "";
                    cells.put(column.getValue(),
                            ControlCharacters.strip(FormulaGuard.restore(value == null ? "" : value)).strip());
                }
                table.add(number, cells);
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new ProblemException(ProblemType.UNPROCESSABLE, Message.of("sheet.file.csv", e.getMessage()),
                    List.of());
        }
        return table;
    }

    /** UTF-8 with or without BOM, UTF-16 with BOM, else Windows-1252, which Swedish Excel writes for "CSV". */
    static String decode(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
            return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, WINDOWS_1252);
        }
    }

    /** The separator the header line uses most, outside quotes: semicolon, comma or tab; semicolon on a tie. */
    static char separator(String text) {
        int semicolons = 0;
        int commas = 0;
        int tabs = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted) {
                semicolons += c == ';' ? 1 : 0;
                commas += c == ',' ? 1 : 0;
                tabs += c == '\t' ? 1 : 0;
            }
        }
        if (tabs > semicolons && tabs > commas) {
            return '\t';
        }
        return commas > semicolons ? ',' : ';';
    }

    /** The header of a sheet and its non-empty data rows, counted as they are added. */
    private static final class Table {
        final List<String> header;
        final Map<Integer, SheetColumn> columns = new LinkedHashMap<>();
        final List<DataRow> rows = new ArrayList<>();
        int headerRow = 1;

        Table(List<String> header) {
            this.header = header;
            for (int i = 0; i < header.size(); i++) {
                int index = i;
                SheetColumn.byHeader(header.get(i)).ifPresent(column -> {
                    if (!columns.containsValue(column)) {
                        columns.put(index, column);
                    }
                });
            }
        }

        Integer columnIndex(SheetColumn column) {
            return columns.entrySet().stream().filter(e -> e.getValue() == column).map(Map.Entry::getKey)
                    .findFirst().orElse(null);
        }

        void add(int number, Map<SheetColumn, String> cells) {
            if (cells.values().stream().allMatch(String::isBlank)) {
                return;
            }
            if (rows.size() == MAX_ROWS) {
                throw tooManyRows();
            }
            rows.add(new DataRow(number, cells));
        }
    }

    private record DataRow(int number, Map<SheetColumn, String> cells) {
    }
}
