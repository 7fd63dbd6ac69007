package se.kretslopp.bench;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The figures of one reservation run (reservations.json) as Markdown. */
final class ReservationsReport {

    private ReservationsReport() {
    }

    static String markdown(JsonNode r) {
        JsonNode t = r.path("throughput");
        JsonNode a = t.path("api");
        JsonNode w = t.path("raw");
        double ratio = t.path("ratio").asDouble();
        StringBuilder md = new StringBuilder();
        md.append("Run of ").append(ZonedDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z")))
                .append(" on ").append(Report.machine()).append(".\n\n");
        md.append(String.format(Locale.ROOT, "**Throughput**: %d clients in a closed loop (each sends its next "
                        + "request when its last one is answered), reserving 1 at a time from one listing per path "
                        + "with a quantity of %,d (nothing is refused). Warm-up (not recorded): %.0f s through the API "
                        + "(%s), then %.0f s raw; then %d rounds of %.0f s per path, alternating. API requests carry "
                        + "%s. Raw: `%s`, autocommit, one connection per client.%n%n",
                r.path("clients").asInt(), t.path("quantity").asLong(), t.at("/warmup/apiSeconds").asDouble(),
                t.at("/warmup/jitSettled").asBoolean()
                        ? "until the service's JIT compiler used at most 10 % of its CPU in 20 s"
                        : "the most allowed; the service's JIT compiler had **not** settled",
                r.path("rawWarmupSeconds").asDouble(), r.path("rounds").asInt(), r.path("sliceSeconds").asDouble(),
                r.path("idempotencyKey").asBoolean() ? "a fresh `Idempotency-Key` each, as the web UI's do"
                        : "no `Idempotency-Key`", r.path("rawSql").asText()));
        md.append("| | API `POST /api/v1/reservations` | raw SQL conditional update | API vs raw | target | met |\n");
        md.append("|---|---:|---:|---:|---|---|\n");
        md.append(String.format(Locale.ROOT, "| reservations/s | %,.0f | %,.0f | **%.2f×** | ≥ 0.4× | %s |%n",
                a.path("rate").asDouble(), w.path("rate").asDouble(), ratio, ratio >= 0.4 ? "yes" : "**no**"));
        for (String[] p : new String[][]{{"p50", "p50"}, {"p90", "p90"}, {"p99", "p99"}, {"p99.9", "p999"},
                {"max", "max"}, {"mean", "mean"}}) {
            md.append(String.format(Locale.ROOT, "| %s ms | %.2f | %.2f | %.1f× | | |%n", p[0],
                    a.path(p[1]).asDouble(), w.path(p[1]).asDouble(),
                    a.path(p[1]).asDouble() / Math.max(0.001, w.path(p[1]).asDouble())));
        }
        md.append(String.format(Locale.ROOT, "| reservations measured (errors) | %,d (%d) | %,d (%d) | | | |%n",
                a.path("ok").asLong(), a.path("errors").asLong(), w.path("ok").asLong(), w.path("errors").asLong()));
        md.append(String.format(Locale.ROOT, "| the listing row is locked per reservation, at most (1 / rate) | "
                + "%.2f ms | %.2f ms | | | |%n", 1000 / Math.max(0.001, a.path("rate").asDouble()),
                1000 / Math.max(0.001, w.path("rate").asDouble())));
        md.append(String.format(Locale.ROOT, "| CPU ms per reservation: service / PostgreSQL / search node / whole "
                + "machine | %s | %s | | | |%n", cpu(a), cpu(w)));
        md.append(String.format(Locale.ROOT, "| service CPU ms per reservation: event loops / JIT compiler / GC / "
                + "other threads | %s | | | | |%n", threads(a)));
        md.append(String.format(Locale.ROOT, "| other processes' CPU, share of the machine | %.0f %% | %.0f %% | | | |%n",
                others(a), others(w)));
        md.append(String.format(Locale.ROOT, "| PostgreSQL client backends not idle (average) | %s | %s | | | |%n%n",
                backends(a), backends(w)));
        StringBuilder slices = new StringBuilder();
        for (JsonNode s : t.path("slices")) {
            slices.append(slices.length() == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%s %,.0f/s",
                    s.path("target").asText(), s.path("rate").asDouble()));
        }
        StringBuilder all = new StringBuilder();
        for (JsonNode at : t.path("attempts")) {
            all.append(all.length() == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.2f× (others %.0f %%)",
                    at.path("ratio").asDouble(), 100 * at.path("othersShare").asDouble()));
        }
        md.append(String.format(Locale.ROOT, "Attempt %d of %d is shown (the rounds are measured again when other "
                        + "processes used more than 10 %% of the machine in them; the least disturbed attempt counts). "
                        + "API/raw of every attempt: %s.%n%n", t.path("attempt").asInt(), t.path("attempts").size(),
                all));
        md.append(String.format(Locale.ROOT, "Slices in order: %s. Warm-up: API %,.0f/s, raw %,.0f/s. Load average "
                        + "(1, 5, 15 min) %s before the warm-up (after waiting for a quiet machine), %s at the start "
                        + "of the measured slices, %s at their end.%n%n",
                slices, t.at("/warmup/apiRate").asDouble(), t.at("/warmup/rawRate").asDouble(),
                t.path("loadBefore").asText(), t.path("loadAtStart").asText(), t.path("loadAtEnd").asText()));
        StringBuilder conns = new StringBuilder();
        t.path("connectionsAfterApiSlice").fields().forEachRemaining(e -> conns.append(conns.length() == 0 ? "" : ", ")
                .append(e.getKey()).append(" ").append(e.getValue().asLong()));
        md.append("Database connections by application after an API slice: ").append(conns)
                .append(" (the service's reactive pool is `vertx-pg-client`).\n\n");
        JsonNode c = t.path("consistency");
        md.append(String.format(Locale.ROOT, "After the throughput phase (warm-up included): the API accepted %,d "
                        + "reservations, its listing holds %,d and has %,d reservation rows; raw accepted %,d updates "
                        + "and its listing holds %,d: %s.%n%n", c.path("apiAccepted").asLong(),
                c.path("apiHeld").asLong(), c.path("apiReservationRows").asLong(), c.path("rawAccepted").asLong(),
                c.path("rawHeld").asLong(), c.path("consistent").asBoolean() ? "consistent" : "**INCONSISTENT**"));

        if (r.has("spread")) {
            JsonNode s = r.path("spread");
            md.append(String.format(Locale.ROOT, "**Without the hot row** (not part of the comparison): the same %d "
                            + "API clients, each reserving from a listing of its own for %.0f s: **%,.0f "
                            + "reservations/s**, p50 %.2f ms, p99 %.2f ms, %d errors; CPU ms per reservation: service / "
                            + "PostgreSQL / search node / whole machine %s (the service's: event loops / JIT compiler / "
                            + "GC / other threads %s); PostgreSQL client backends not idle: %s. Load average at its "
                            + "start %s.%n%n", r.path("clients").asInt(), s.path("seconds").asDouble(),
                    s.path("rate").asDouble(), s.path("p50").asDouble(), s.path("p99").asDouble(),
                    s.path("errors").asLong(), cpu(s), threads(s), backends(s), s.path("loadAtStart").asText()));
        }

        JsonNode o = r.path("oversell");
        JsonNode oa = o.path("api");
        JsonNode ow = o.path("raw");
        md.append(String.format(Locale.ROOT, "**Oversell**: a listing of %,d per path; the %d clients reserve 1 at a "
                        + "time until each has been refused once; `held` is sampled every 10 ms meanwhile.%n%n",
                o.path("quantity").asLong(), r.path("clients").asInt()));
        md.append("| | API | raw |\n|---|---:|---:|\n");
        md.append(String.format(Locale.ROOT, "| accepted (201 / 1 row updated) | %,d | %,d |%n",
                oa.path("accepted").asLong(), ow.path("accepted").asLong()));
        md.append(String.format(Locale.ROOT, "| refused (409 / 0 rows) | %d | %d |%n", oa.path("refused").asLong(),
                ow.path("refused").asLong()));
        md.append(String.format(Locale.ROOT, "| errors | %d | %d |%n", oa.path("errors").asLong(),
                ow.path("errors").asLong()));
        md.append(String.format(Locale.ROOT, "| `held` at the end / highest seen (samples) | %,d / %,d (%d) | %,d / %,d (%d) |%n",
                oa.path("held").asLong(), oa.path("maxHeldSeen").asLong(), oa.path("heldSamples").asLong(),
                ow.path("held").asLong(), ow.path("maxHeldSeen").asLong(), ow.path("heldSamples").asLong()));
        md.append(String.format(Locale.ROOT, "| reservation rows (sum of their quantities) / notifications | %,d (%,d) / %,d | — |%n",
                oa.path("reservationRows").asLong(), oa.path("reservedQuantity").asLong(),
                oa.path("notifications").asLong()));
        md.append(String.format(Locale.ROOT, "| listing status at the end | %s | %s |%n", oa.path("status").asText(),
                ow.path("status").asText()));
        md.append(String.format(Locale.ROOT, "| seconds | %.1f | %.1f |%n", oa.path("seconds").asDouble(),
                ow.path("seconds").asDouble()));
        md.append(String.format(Locale.ROOT, "| **oversell** | **%d** | **%d** |%n%n", oa.path("oversell").asLong(),
                ow.path("oversell").asLong()));
        md.append(o.path("passed").asBoolean() ? "oversell: 0 (passed)\n\n"
                : "oversell: **FAILED** " + oa.path("failures") + " " + ow.path("failures") + "\n\n");
        StringBuilder pg = new StringBuilder();
        r.path("postgres").fields().forEachRemaining(e -> pg.append(pg.length() == 0 ? "" : ", ")
                .append(e.getKey()).append(" = ").append(e.getValue().asText()));
        md.append("PostgreSQL: ").append(pg).append(".\n");
        return md.toString();
    }

    private static String cpu(JsonNode t) {
        double per = 1000.0 / Math.max(1, t.path("ok").asLong());
        JsonNode c = t.path("cpuSeconds");
        return String.format(Locale.ROOT, "%.2f / %.2f / %.2f / %.2f", c.path("service").asDouble() * per,
                c.path("postgres").asDouble() * per, c.path("search").asDouble() * per,
                c.path("machine").asDouble() * per);
    }

    private static String threads(JsonNode t) {
        double per = 1000.0 / Math.max(1, t.path("ok").asLong());
        JsonNode c = t.path("serviceThreadCpuSeconds");
        return String.format(Locale.ROOT, "%.2f / %.2f / %.2f / %.2f", c.path("event loop").asDouble() * per,
                c.path("JIT compiler").asDouble() * per, c.path("GC").asDouble() * per,
                c.path("other").asDouble() * per);
    }

    private static double others(JsonNode t) {
        return 100 * Math.max(0, t.at("/cpuSeconds/others").asDouble())
                / (Runtime.getRuntime().availableProcessors() * Math.max(0.001, t.path("seconds").asDouble()));
    }

    private static String backends(JsonNode t) {
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : (Iterable<Map.Entry<String, JsonNode>>) t.path("postgresBackends")::fields) {
            if (e.getValue().asDouble() >= 0.05) {
                parts.add(String.format(Locale.ROOT, "%s %.1f", e.getKey(), e.getValue().asDouble()));
            }
        }
        return parts.isEmpty() ? "—" : String.join("; ", parts);
    }
}
