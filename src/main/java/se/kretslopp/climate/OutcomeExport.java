package se.kretslopp.climate;

import se.kretslopp.outcome.api.Outcome;
import se.kretslopp.outcome.api.OutcomeReport;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The outcome report as a spreadsheet: one row per period, then the total, with the same numbers as the JSON. */
final class OutcomeExport {

    private OutcomeExport() {
    }

    static List<String> header() {
        List<String> header = new ArrayList<>(List.of("period", "organisation", "events", "mass_kg"));
        for (Outcome o : Outcome.values()) {
            String name = o.name().toLowerCase(Locale.ROOT);
            header.add(name + "_events");
            header.add(name + "_mass_kg");
        }
        header.addAll(List.of("reused_internal_events", "reused_internal_mass_kg", "reused_external_events",
                "reused_external_mass_kg", "internal_share", "sold_sek", "without_mass"));
        return header;
    }

    static Spreadsheet outcomes(OutcomeReport report) {
        List<List<Object>> rows = new ArrayList<>();
        for (OutcomeReport.Period p : report.periods()) {
            rows.add(row(p.period(), report.organisation(), p.figures()));
        }
        rows.add(row("total", report.organisation(), report.totals()));
        List<Map.Entry<String, String>> about = List.of(
                Map.entry("Organisation", report.organisation().name()),
                Map.entry("Period", report.from() + " – " + report.to()),
                Map.entry("Utfall", "Vad som blev av det som lämnade organisationen: överlämningar (som givare), "
                        + "uttag och kassationer ur lagret, inventeringsdifferenser och inventeringsposter som "
                        + "stängts. Återbruk av annan organisation = REUSED_EXTERNAL + SOLD + GIVEN_AWAY."));
        return new Spreadsheet("Utfall", header(), rows, about);
    }

    private static List<Object> row(String period, OutcomeReport.Organisation organisation, OutcomeReport.Figures f) {
        List<Object> row = new ArrayList<>(List.of(period, organisation.code(), f.all().events(), f.all().massKg()));
        for (OutcomeReport.Line line : f.outcomes()) {
            row.add(line.events());
            row.add(line.massKg());
        }
        row.addAll(List.of(f.reusedInternal().events(), f.reusedInternal().massKg(), f.reusedExternal().events(),
                f.reusedExternal().massKg(), f.internalShare(), f.soldSek(), f.withoutMass()));
        return row;
    }
}
