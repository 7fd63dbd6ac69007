package se.kretslopp.climate;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import se.kretslopp.climate.api.ClimateProduct;
import se.kretslopp.common.FieldCode;
import se.kretslopp.common.Problem;
import se.kretslopp.common.ProblemException;
import se.kretslopp.common.ProblemType;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the product file of Boverket's climate database in the format of shared/data (one row per product, the
 * columns of data/README.md). A file of a later version in the same format imports without code changes.
 */
final class BoverketFile {

    static final Pattern VERSION_IN_NAME = Pattern.compile("(\\d{2}\\.\\d{2}\\.\\d{3})");
    private static final Pattern CONVERSION = Pattern.compile("(Area|Volume)\\s*=\\s*([0-9]+(?:\\.[0-9]+)?)\\s*kg/m");
    static final List<String> COLUMNS = List.of("resource_id", "name_sv", "name_en", "boverket_category", "bk04_code",
            "bk04_text", "inventory_unit", "gwp_unit", "a1a3_typical", "a1a3_conservative", "a4", "a5_1",
            "conservative_factor", "waste_factor", "conversions");

    private BoverketFile() {
    }

    /** One product row, with the figures that are not part of the API view. */
    record Row(ClimateProduct product, String bk04Text, BigDecimal a5, BigDecimal wasteFactor) {
    }

    static List<Row> parse(byte[] bytes, String version) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<Row> rows = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get()
                .parse(new StringReader(text))) {
            List<String> missing = new ArrayList<>(COLUMNS);
            missing.removeAll(parser.getHeaderNames());
            if (!missing.isEmpty()) {
                throw invalid("The file lacks the columns " + String.join(", ", missing) + ".");
            }
            for (CSVRecord r : parser) {
                long line = r.getRecordNumber() + 1;
                String id = r.get("resource_id");
                if (!id.matches("\\d{1,20}") || !ids.add(id)) {
                    throw invalid("Line " + line + ": resource_id '" + id + "' is not a new numeric id.");
                }
                BigDecimal perM2 = null;
                BigDecimal perM3 = null;
                Matcher m = CONVERSION.matcher(r.get("conversions"));
                while (m.find()) {
                    if (m.group(1).equals("Area")) {
                        perM2 = new BigDecimal(m.group(2));
                    } else {
                        perM3 = new BigDecimal(m.group(2));
                    }
                }
                ClimateProduct product = new ClimateProduct(version, id, required(r, "name_sv", line),
                        blank(r.get("name_en")), blank(r.get("boverket_category")), blank(r.get("bk04_code")),
                        number(r, "a1a3_typical", line, true), number(r, "a1a3_conservative", line, true),
                        number(r, "a4", line, true), number(r, "conservative_factor", line, false), perM2, perM3,
                        blank(r.get("conversions")), required(r, "inventory_unit", line));
                rows.add(new Row(product, blank(r.get("bk04_text")), number(r, "a5_1", line, false),
                        number(r, "waste_factor", line, false)));
            }
        } catch (IOException | IllegalStateException | IllegalArgumentException e) {
            if (e instanceof ProblemException p) {
                throw p;
            }
            throw invalid("The file is not a CSV file of the expected format: " + e.getMessage());
        }
        if (rows.isEmpty()) {
            throw invalid("The file holds no products.");
        }
        return rows;
    }

    private static String required(CSVRecord r, String column, long line) {
        String value = blank(r.get(column));
        if (value == null) {
            throw invalid("Line " + line + ": " + column + " is empty.");
        }
        return value;
    }

    private static BigDecimal number(CSVRecord r, String column, long line, boolean required) {
        String value = blank(r.get(column));
        if (value == null) {
            if (required) {
                throw invalid("Line " + line + ": " + column + " is empty.");
            }
            return null;
        }
        try {
            BigDecimal n = new BigDecimal(value);
            if (n.signum() < 0) {
                throw invalid("Line " + line + ": " + column + " is negative.");
            }
            return n;
        } catch (NumberFormatException e) {
            throw invalid("Line " + line + ": " + column + " '" + value + "' is not a number.");
        }
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static ProblemException invalid(String message) {
        return new ProblemException(ProblemType.UNPROCESSABLE, message,
                List.of(Problem.FieldError.constraint("file", FieldCode.INVALID_FILE.code(), message)));
    }
}
