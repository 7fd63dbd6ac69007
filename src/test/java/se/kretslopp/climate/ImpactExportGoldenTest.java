package se.kretslopp.climate;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.kretslopp.climate.api.ClimateSource;
import se.kretslopp.climate.api.DeclarationRow;
import se.kretslopp.climate.api.FollowUp;
import se.kretslopp.climate.api.HandoverImpact;
import se.kretslopp.climate.api.ImpactReport;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The exports of fixed figures against golden files (src/test/resources/climate/golden): the CSV byte for byte, the
 * XLSX as the text of its cells. Run with -Dgolden.update=true to rewrite them after a deliberate change, and read the
 * diff before committing it.
 */
class ImpactExportGoldenTest {

    private static final Path GOLDEN = Path.of("src/test/resources/climate/golden");
    private static final ImpactReport.Organisation ORG = new ImpactReport.Organisation("kalmar-kommun", "Kalmar kommun");
    private static final LocalDate FROM = LocalDate.of(2026, 1, 1);
    private static final LocalDate TO = LocalDate.of(2026, 12, 31);
    private static final List<ClimateSource> SOURCES = List.of(new ClimateSource("Boverkets klimatdatabas",
            "02.06.000", LocalDate.of(2025, 1, 30)));

    static ImpactReport.Figures figures(long handovers, String mass, String net, String gross, String saved) {
        BigDecimal z = BigDecimal.ZERO;
        BigDecimal m = new BigDecimal(mass);
        return new ImpactReport.Figures(handovers, m, new BigDecimal(net), new BigDecimal(net).multiply(
                new BigDecimal("1.25")), new BigDecimal("450.00"), 1, z, z, 0, new BigDecimal(gross),
                new BigDecimal(gross).multiply(new BigDecimal("1.25")), new BigDecimal(gross).subtract(new BigDecimal(net)),
                z, z, 1, new BigDecimal(saved).add(new BigDecimal("450.00")), new BigDecimal(saved), handovers, 0, z);
    }

    static Spreadsheet table(String name) {
        ImpactReport.Figures wood = figures(1, "458.400", "920.665", "935.915", "75500.00");
        ImpactReport.Figures steel = figures(2, "1160.000", "1321.004", "1339.382", "28550.00");
        ImpactReport.Figures all = figures(3, "1618.400", "2241.669", "2275.297", "104050.00");
        return switch (name) {
            case "report" -> ImpactExport.table(new ImpactReport(ORG, FROM, TO, List.of("waste"), "all", SOURCES, all,
                    List.of(new ImpactReport.Group(map("waste", "17 02 01"), map("waste", "Trä", "waste.en", "Wood"), wood),
                            new ImpactReport.Group(map("waste", "17 04 05"),
                                    map("waste", "Järn och stål", "waste.en", "Iron and steel"), steel))));
            case "handovers" -> ImpactExport.handovers(ORG, FROM, TO, List.of(new HandoverImpact(
                    UUID.fromString("dc710000-0000-4000-8000-000000000001"), LocalDate.of(2026, 3, 4), "GIVEN",
                    "kalmar-kommun", "Kalmar kommun", "smalandsbygg", "Smålandsbygg AB", "fonster.fonster", "Fönster",
                    "Windows", new BigDecimal("10.000"), "st", "PRODUCT", "6000000104", "Fönster, trä, sidhängt, 3-glas",
                    "02.06.000", new BigDecimal("458.400"), new BigDecimal("935.915"), new BigDecimal("1165.115"),
                    "DISTANCE", new BigDecimal("50.0"), new BigDecimal("0.12000"), new BigDecimal("2.750"),
                    new BigDecimal("2.500"), new BigDecimal("10.000"), new BigDecimal("920.665"),
                    new BigDecimal("1149.865"), "17 02 01", "Trä", "Wood", new BigDecimal("4500.00"),
                    new BigDecimal("8000.00"), "=HYPERLINK(\"x\") test", new BigDecimal("80000.00"),
                    new BigDecimal("75500.00"))));
            case "follow-up" -> ImpactExport.followUp(new FollowUp(ORG, FROM, TO, SOURCES, List.of(
                    new FollowUp.Year("2025", wood, BigDecimal.ZERO, 2, 14),
                    new FollowUp.Year("2026", steel, new BigDecimal("0.2500"), 1, 9)),
                    new FollowUp.Year("total", all, new BigDecimal("0.1792"), 3, 23)));
            case "declaration" -> ImpactExport.declaration(ORG, FROM, TO, List.of(new DeclarationRow("Kv. Netto",
                    UUID.fromString("dc710000-0000-4000-8000-000000000002"), LocalDate.of(2026, 5, 6), "Kalmar kommun",
                    "stal.balkar", "Balkar", "Konstruktionsstål, alla sorter, 80 % primär råvara", "6000000150",
                    "02.06.000", new BigDecimal("810.000"), "kg", new BigDecimal("810.000"), null)));
            default -> throw new IllegalArgumentException(name);
        };
    }

    @ParameterizedTest
    @ValueSource(strings = {"report", "handovers", "follow-up", "declaration"})
    void csvMatchesItsGoldenFile(String name) throws IOException {
        golden(name + ".csv", new String(table(name).csv(), StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @ValueSource(strings = {"report", "handovers", "follow-up", "declaration"})
    void xlsxCellsMatchTheirGoldenFile(String name) throws IOException {
        StringBuilder text = new StringBuilder();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(table(name).xlsx()))) {
            for (Sheet sheet : book) {
                text.append("# ").append(sheet.getSheetName()).append('\n');
                for (Row row : sheet) {
                    StringBuilder line = new StringBuilder();
                    for (int i = 0; i < row.getLastCellNum(); i++) {
                        Cell cell = row.getCell(i);
                        line.append(i == 0 ? "" : "\t").append(cell == null ? "" : switch (cell.getCellType()) {
                            case NUMERIC -> "n:" + BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros()
                                    .toPlainString();
                            case STRING -> cell.getStringCellValue();
                            default -> cell.getCellType().name();
                        });
                    }
                    text.append(line).append('\n');
                }
            }
        }
        golden(name + ".xlsx.txt", text.toString());
    }

    private static void golden(String file, String actual) throws IOException {
        Path path = GOLDEN.resolve(file);
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(path, actual, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(path, StandardCharsets.UTF_8), actual, file);
    }

    private static Map<String, String> map(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
