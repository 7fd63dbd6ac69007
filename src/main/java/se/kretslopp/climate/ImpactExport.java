package se.kretslopp.climate;

import se.kretslopp.climate.api.ClimateSource;
import se.kretslopp.climate.api.DeclarationRow;
import se.kretslopp.climate.api.FollowUp;
import se.kretslopp.climate.api.HandoverImpact;
import se.kretslopp.climate.api.ImpactReport;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reports as spreadsheets (CSV or XLSX, see {@link Spreadsheet}) with the same numbers as the JSON: the impact
 * report (one row per group, then the total), the handovers behind it (one row each), the follow-up per year, and
 * the receiving projects' rows for climate declarations.
 */
final class ImpactExport {

    private static final List<String> FIGURE_COLUMNS = List.of("handovers", "mass_kg", "co2e_typical_kg",
            "co2e_conservative_kg", "value_sek", "priced_handovers", "estimated_co2e_typical_kg", "estimated_share",
            "without_figure", "co2e_gross_typical_kg", "co2e_gross_conservative_kg", "transport_kg_co2e",
            "storage_kg_co2e", "refurbishment_kg_co2e", "transport_by_distance", "new_value_sek", "saved_sek",
            "reference_priced_handovers", "internal_handovers", "internal_mass_kg");

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
        return table(report).csv();
    }

    static byte[] xlsx(ImpactReport report) {
        return table(report).xlsx();
    }

    static Spreadsheet table(ImpactReport report) {
        return new Spreadsheet("Klimatnytta", header(report), rows(report), about(report.organisation(),
                report.from(), report.to(), report.versions()));
    }

    static final List<String> HANDOVER_COLUMNS = List.of("handover_id", "handed_over_on", "role", "giver_code",
            "giver_name", "receiver_code", "receiver_name", "category", "category_name", "quantity", "unit", "basis",
            "boverket_resource_id", "product_name", "dataset_version", "mass_kg", "co2e_gross_typical_kg",
            "co2e_gross_conservative_kg", "transport_basis", "transport_distance_km", "transport_factor_kg_per_tkm",
            "transport_kg_co2e", "storage_kg_co2e", "refurbishment_kg_co2e", "co2e_typical_kg", "co2e_conservative_kg",
            "waste_code", "waste_name", "value_sek", "reference_price_sek", "reference_source", "new_value_sek",
            "saved_sek");

    /** One row per handover: what the report's totals are traced to. */
    static Spreadsheet handovers(ImpactReport.Organisation organisation, LocalDate from, LocalDate to,
                                 List<HandoverImpact> handovers) {
        List<List<Object>> rows = new ArrayList<>();
        for (HandoverImpact h : handovers) {
            rows.add(new ArrayList<>(Arrays.asList(h.handoverId().toString(), h.handedOverOn().toString(), h.role(),
                    h.giverCode(), h.giverName(), h.receiverCode(), h.receiverName(), h.categoryCode(),
                    h.categoryNameSv(), h.quantity(), h.unit(), h.basis(), h.resourceId(), h.productNameSv(),
                    h.datasetVersion(), h.massKg(), h.grossTypicalKg(), h.grossConservativeKg(), h.transportBasis(),
                    h.transportDistanceKm(), h.transportFactor(), h.transportKg(), h.storageKg(), h.refurbishmentKg(),
                    h.netTypicalKg(), h.netConservativeKg(), h.wasteCode(), h.wasteNameSv(), h.valueSek(),
                    h.referencePriceSek(), h.referenceSource(), h.newValueSek(), h.savedSek())));
        }
        return new Spreadsheet("Överlämningar", HANDOVER_COLUMNS, rows, about(organisation, from, to, List.of()));
    }

    static final List<String> FOLLOW_UP_COLUMNS = List.of("year", "organisation", "handovers", "tonnes_kept_from_waste",
            "co2e_net_typical_kg", "co2e_net_conservative_kg", "co2e_gross_typical_kg", "saved_sek", "new_value_sek",
            "internal_handovers", "internal_share_by_mass", "external_share_by_mass", "reuse_inventories", "listings",
            "transport_by_distance", "without_figure");

    /** The follow-up: one row per year and the total. */
    static Spreadsheet followUp(FollowUp followUp) {
        List<List<Object>> rows = new ArrayList<>();
        for (FollowUp.Year y : followUp.years()) {
            rows.add(followUpRow(followUp.organisation(), y));
        }
        rows.add(followUpRow(followUp.organisation(), followUp.total()));
        return new Spreadsheet("Uppföljning", FOLLOW_UP_COLUMNS, rows, about(followUp.organisation(),
                followUp.from(), followUp.to(), followUp.versions()));
    }

    private static List<Object> followUpRow(ImpactReport.Organisation organisation, FollowUp.Year y) {
        ImpactReport.Figures f = y.figures();
        BigDecimal external = f.massKg().signum() == 0 ? BigDecimal.ZERO : BigDecimal.ONE.subtract(y.internalShare());
        return new ArrayList<>(Arrays.asList(y.year(), organisation.code(), f.handovers(),
                f.massKg().divide(BigDecimal.valueOf(1000)), f.co2eTypicalKg(), f.co2eConservativeKg(),
                f.grossTypicalKg(), f.savedSek(), f.newValueSek(), f.internalHandovers(), y.internalShare(), external,
                y.inventories(), y.listings(), f.transportByDistance(), f.withoutFigure()));
    }

    static final List<String> DECLARATION_COLUMNS = List.of("project", "handover_id", "handed_over_on", "giver",
            "category", "category_name", "product_name", "boverket_resource_id", "dataset_version", "quantity", "unit",
            "mass_kg", "transport_distance_km");

    /** What each receiving project got: input to its climate declaration. */
    static Spreadsheet declaration(ImpactReport.Organisation organisation, LocalDate from, LocalDate to,
                                   List<DeclarationRow> declaration) {
        List<List<Object>> rows = new ArrayList<>();
        for (DeclarationRow d : declaration) {
            rows.add(new ArrayList<>(Arrays.asList(d.project(), d.handoverId().toString(),
                    d.handedOverOn().toString(), d.giverName(), d.categoryCode(), d.categoryNameSv(),
                    d.productNameSv(), d.resourceId(), d.datasetVersion(), d.quantity(), d.unit(), d.massKg(),
                    d.transportDistanceKm())));
        }
        List<Map.Entry<String, String>> about = new ArrayList<>(about(organisation, from, to, List.of()));
        about.add(Map.entry("Användning", "Underlag till klimatdeklaration: vad som återbrukats i projektet. Hur "
                + "återbrukade produkter ska redovisas avgör deklaranten enligt Boverkets regler."));
        return new Spreadsheet("Klimatdeklaration", DECLARATION_COLUMNS, rows, about);
    }

    private static List<Map.Entry<String, String>> about(ImpactReport.Organisation organisation, LocalDate from,
                                                         LocalDate to, List<ClimateSource> versions) {
        List<Map.Entry<String, String>> about = new ArrayList<>();
        about.add(Map.entry("Organisation", organisation.name()));
        about.add(Map.entry("Period", from + " – " + to));
        about.add(Map.entry("Metod", ImpactService.METHOD));
        for (ClimateSource s : versions) {
            about.add(Map.entry("Källa", s.name() + ", version " + s.version()
                    + (s.publishedOn() == null ? "" : " (" + s.publishedOn() + ")")));
        }
        return about;
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
        row.add(f.grossTypicalKg());
        row.add(f.grossConservativeKg());
        row.add(f.transportKg());
        row.add(f.storageKg());
        row.add(f.refurbishmentKg());
        row.add(f.transportByDistance());
        row.add(f.newValueSek());
        row.add(f.savedSek());
        row.add(f.referencePriced());
        row.add(f.internalHandovers());
        row.add(f.internalMassKg());
    }

    private static boolean hasLabel(String grouping) {
        return switch (grouping) {
            case "month", "quarter", "year" -> false;
            default -> true;
        };
    }

    private static String guard(String text) {
        return Spreadsheet.guard(text);
    }
}
