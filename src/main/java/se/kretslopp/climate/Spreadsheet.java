package se.kretslopp.climate;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * A table as CSV (UTF-8, numbers in plain notation) or XLSX (numbers as numbers, a second sheet "Källa" with what
 * the table is and where its figures come from). Text cells that a spreadsheet would run (=, +, -, @) get a leading
 * apostrophe.
 */
record Spreadsheet(String sheet, List<String> header, List<List<Object>> rows, List<Map.Entry<String, String>> about) {

    byte[] csv() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CSVPrinter printer = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8),
                CSVFormat.DEFAULT.builder().setHeader(header.toArray(String[]::new)).get())) {
            for (List<Object> row : rows) {
                printer.printRecord(row.stream().map(Spreadsheet::text).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    byte[] xlsx() {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet data = book.createSheet(sheet);
            Row head = data.createRow(0);
            for (int i = 0; i < header.size(); i++) {
                head.createCell(i).setCellValue(header.get(i));
            }
            int r = 1;
            for (List<Object> values : rows) {
                Row row = data.createRow(r++);
                for (int i = 0; i < values.size(); i++) {
                    Cell cell = row.createCell(i);
                    Object v = values.get(i);
                    if (v instanceof BigDecimal b) {
                        cell.setCellValue(b.doubleValue());
                    } else if (v instanceof Long || v instanceof Integer) {
                        cell.setCellValue(((Number) v).longValue());
                    } else if (v != null) {
                        cell.setCellValue(guard(v.toString()));
                    }
                }
            }
            Sheet source = book.createSheet("Källa");
            int i = 0;
            for (Map.Entry<String, String> line : about) {
                Row row = source.createRow(i++);
                row.createCell(0).setCellValue(line.getKey());
                row.createCell(1).setCellValue(line.getValue());
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Object text(Object v) {
        if (v instanceof BigDecimal b) {
            return b.toPlainString();
        }
        return v instanceof String s ? guard(s) : v;
    }

    static String guard(String text) {
        if (text == null) {
            return null;
        }
        return !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
