package se.kretslopp.outcome;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import se.kretslopp.outcome.api.Outcome;
import se.kretslopp.outcome.api.OutcomeReport;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/** Sums of the outcomes of one organisation as giver, per period and outcome, as SQL on the pool. */
@ApplicationScoped
class OutcomeReports {

    /** The periods a report groups by; the key expressions are fixed here, never taken from the request. */
    static final Map<String, String> PERIODS = Map.of(
            "year", "to_char(o.occurred_on, 'YYYY')",
            "quarter", "to_char(o.occurred_on, 'YYYY-\"Q\"Q')",
            "month", "to_char(o.occurred_on, 'YYYY-MM')");

    private final Pool pool;

    OutcomeReports(Pool pool) {
        this.pool = pool;
    }

    /** One period's (or the totals') counts per outcome, as the query gave them. */
    record Cell(long events, BigDecimal massKg, long withoutMass, BigDecimal valueSek) {
    }

    Uni<OutcomeReport> report(UUID organisationId, OutcomeReport.Organisation organisation, LocalDate from,
                              LocalDate to, String groupBy) {
        String period = PERIODS.get(groupBy);
        if (period == null) {
            throw new IllegalArgumentException("groupBy " + groupBy);
        }
        String sql = "select " + period + " as period, o.outcome, count(*), coalesce(sum(o.mass_kg), 0),"
                + " count(*) filter (where o.mass_kg is null), coalesce(sum(o.value_sek), 0)"
                + " from outcome o where o.organisation_id = $1 and o.occurred_on between $2 and $3"
                + " group by 1, 2 order by 1, 2";
        return pool.preparedQuery(sql).execute(Tuple.of(organisationId, from, to)).map(rows -> {
            Map<String, Map<Outcome, Cell>> byPeriod = new TreeMap<>();
            Map<Outcome, Cell> totals = new EnumMap<>(Outcome.class);
            for (Row row : rows) {
                Outcome outcome = Outcome.valueOf(row.getString(1));
                Cell cell = new Cell(row.getLong(2), row.getBigDecimal(3), row.getLong(4), row.getBigDecimal(5));
                byPeriod.computeIfAbsent(row.getString(0), k -> new EnumMap<>(Outcome.class)).put(outcome, cell);
                totals.merge(outcome, cell, OutcomeReports::add);
            }
            List<OutcomeReport.Period> periods = new ArrayList<>();
            byPeriod.forEach((key, cells) -> periods.add(new OutcomeReport.Period(key, figures(cells))));
            return new OutcomeReport(organisation, from, to, groupBy, periods, figures(totals));
        });
    }

    /** The figures of one period from its cells: every outcome (zeros included) and the sums of docs/outcomes.md. */
    static OutcomeReport.Figures figures(Map<Outcome, Cell> cells) {
        List<OutcomeReport.Line> lines = new ArrayList<>();
        for (Outcome o : Outcome.values()) {
            Cell c = cells.getOrDefault(o, new Cell(0, BigDecimal.ZERO, 0, BigDecimal.ZERO));
            lines.add(new OutcomeReport.Line(o, c.events(), tidy(c.massKg())));
        }
        OutcomeReport.Sum internal = sum(cells, List.of(Outcome.REUSED_INTERNAL));
        OutcomeReport.Sum external = sum(cells, List.copyOf(Outcome.EXTERNAL));
        OutcomeReport.Sum reuse = sum(cells, List.copyOf(Outcome.REUSE));
        BigDecimal share = reuse.massKg().signum() == 0 ? BigDecimal.ZERO
                : internal.massKg().divide(reuse.massKg(), 4, RoundingMode.HALF_UP);
        long withoutMass = cells.values().stream().mapToLong(Cell::withoutMass).sum();
        BigDecimal sold = cells.containsKey(Outcome.SOLD) ? tidy(cells.get(Outcome.SOLD).valueSek()) : BigDecimal.ZERO;
        return new OutcomeReport.Figures(sum(cells, List.of(Outcome.values())), lines, reuse, internal, external,
                sum(cells, List.copyOf(Outcome.WASTE)), sum(cells, List.of(Outcome.LOST)), tidy(share), sold,
                withoutMass);
    }

    private static OutcomeReport.Sum sum(Map<Outcome, Cell> cells, List<Outcome> outcomes) {
        long events = 0;
        BigDecimal mass = BigDecimal.ZERO;
        for (Outcome o : outcomes) {
            Cell c = cells.get(o);
            if (c != null) {
                events += c.events();
                mass = mass.add(c.massKg());
            }
        }
        return new OutcomeReport.Sum(events, tidy(mass));
    }

    private static Cell add(Cell a, Cell b) {
        return new Cell(a.events() + b.events(), a.massKg().add(b.massKg()), a.withoutMass() + b.withoutMass(),
                a.valueSek().add(b.valueSek()));
    }

    private static BigDecimal tidy(BigDecimal value) {
        return OutcomeService.tidy(value);
    }
}
