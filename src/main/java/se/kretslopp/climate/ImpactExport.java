package se.kretslopp.climate;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import se.kretslopp.climate.api.ClimateSource;
import se.kretslopp.climate.api.ImpactReport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A report as a spreadsheet (CSV or XLSX) with the same numbers as the JSON: one row per group, then the total.
 * Text cells that a spreadsheet would run (=, +, -, @) get a leading apostrophe.
 */
final class ImpactExport {

    private static final List<String> FIGURE_COLUMNS = List.of("handovers", "mass_kg", "co2e_typical_kg",
            "co2e_conservative_kg", "value_sek", "priced_handovers", "estimated_co2e_typical_kg", "estimated_share",
            "without_figure");

    private ImpactExport() {
    }

    static List<String> header(ImpactReport report) {
        List<String> header = new ArrayList<>();
        for (String g : report.groupBy()) {
            header.add(g);
            if (hasLabel(g)) {
                header.add(g + "_name");
            }
        }
        header.addAll(FIGURE_COLUMNS);
        header.add("source");
        return header;
    }

    static List<List<Object>> rows(ImpactReport report) {
        String source = report.versions().isEmpty() ? "Boverkets klimatdatabas"
                : report.versions().stream().map(v -> v.name() + " " + v.version()).distinct()
                .collect(Collectors.joining("; "));
        List<List<Object>> rows = new ArrayList<>();
        for (ImpactReport.Group group : report.groups()) {
            List<Object> row = new ArrayList<>();
            for (String g : report.groupBy()) {
                row.add(guard(group.key().get(g)));
                if (hasLabel(g)) {
                    row.add(guard(group.label().get(g)));
                }
            }
            addFigures(row, group.figures());
            row.add(source);
            rows.add(row);
        }
        List<Object> total = new ArrayList<>();
        for (String g : report.groupBy()) {
            total.add("TOTAL");
            if (hasLabel(g)) {
                total.add("Totalt");
            }
        }
        addFigures(total, report.totals());
        total.add(source);
        rows.add(total);
        return rows;
    }

    static byte[] csv(ImpactReport report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CSVPrinter printer = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8),
                CSVFormat.DEFAULT.builder().setHeader(header(report).toArray(String[]::new)).get())) {
            for (List<Object> row : rows(report)) {
                printer.printRecord(row.stream().map(v -> v instanceof BigDecimal b ? b.toPlainString() : v).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] xlsx(ImpactReport report) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("Klimatnytta");
            List<String> header = header(report);
            Row head = sheet.createRow(0);
            for (int i = 0; i < header.size(); i++) {
                head.createCell(i).setCellValue(header.get(i));
            }
            int r = 1;
            for (List<Object> values : rows(report)) {
                Row row = sheet.createRow(r++);
                for (int i = 0; i < values.size(); i++) {
                    Cell cell = row.createCell(i);
                    Object v = values.get(i);
                    if (v instanceof BigDecimal b) {
                        cell.setCellValue(b.doubleValue());
                    } else if (v instanceof Long l) {
                        cell.setCellValue(l);
                    } else if (v != null) {
                        cell.setCellValue(v.toString());
                    }
                }
            }
            Sheet about = book.createSheet("Källa");
            about.createRow(0).createCell(0).setCellValue("Organisation");
            about.getRow(0).createCell(1).setCellValue(report.organisation().name());
            about.createRow(1).createCell(0).setCellValue("Period");
            about.getRow(1).createCell(1).setCellValue(report.from() + " – " + report.to());
            about.createRow(2).createCell(0).setCellValue("Metod");
            about.getRow(2).createCell(1).setCellValue(ImpactService.METHOD);
            int i = 3;
            for (ClimateSource s : report.versions()) {
                about.createRow(i).createCell(0).setCellValue("Källa");
                about.getRow(i++).createCell(1).setCellValue(s.name() + ", version " + s.version()
                        + (s.publishedOn() == null ? "" : " (" + s.publishedOn() + ")"));
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void addFigures(List<Object> row, ImpactReport.Figures f) {
        row.add(f.handovers());
        row.add(f.massKg());
        row.add(f.co2eTypicalKg());
        row.add(f.co2eConservativeKg());
        row.add(f.valueSek());
        row.add(f.pricedHandovers());
        row.add(f.estimatedCo2eTypicalKg());
        row.add(f.estimatedShare());
        row.add(f.withoutFigure());
    }

    private static boolean hasLabel(String grouping) {
        return switch (grouping) {
            case "month", "quarter", "year" -> false;
            default -> true;
        };
    }

    private static String guard(String text) {
        if (text == null) {
            return null;
        }
        return !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
