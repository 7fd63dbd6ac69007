package se.kretslopp.bench;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The figures of one run as Markdown, with each target and whether it is met. */
final class Report {

    private Report() {
    }

    static String markdown(Path out) throws IOException {
        JsonNode ix = Http.JSON.readTree(out.resolve("indexing.json").toFile());
        JsonNode q = Http.JSON.readTree(out.resolve("queries.json").toFile());
        JsonNode primary = q.path("rates").path(0);
        JsonNode s = primary.path("service");
        JsonNode r = primary.path("raw");
        StringBuilder md = new StringBuilder();
        md.append("Run of ").append(ZonedDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z")))
                .append(" on ").append(machine()).append(".\n\n");

        double p50Ratio = s.path("p50").asDouble() / r.path("p50").asDouble();
        double p99Diff = s.path("p99").asDouble() - r.path("p99").asDouble();
        md.append(String.format(Locale.ROOT, "**Search** at %.0f req/s for both targets: the fixed mix of %d queries "
                        + "in turn, %.0f s warm-up per target (not recorded), then %d rounds of %.0f s per target, "
                        + "alternating. Latency from the intended send time (coordinated-omission corrected).%n%n",
                primary.path("rate").asDouble(), q.path("queries").size(), q.path("warmupSeconds").asDouble(),
                q.path("rounds").asInt(), q.path("sliceSeconds").asDouble()));
        md.append("| | service `GET /api/v1/search/listings` | raw `POST /kretslopp-listings/_search` | service vs raw | target | met |\n");
        md.append("|---|---:|---:|---:|---|---|\n");
        md.append(row("p50", s, r, "p50", String.format(Locale.ROOT, "%.2f×", p50Ratio), "≤ 1.3×",
                p50Ratio <= 1.3));
        md.append(row("p90", s, r, "p90", diff(s, r, "p90"), "", null));
        md.append(row("p99", s, r, "p99", String.format(Locale.ROOT, "%+.1f ms", p99Diff), "≤ raw + 15 ms",
                p99Diff <= 15));
        md.append(row("p99.9", s, r, "p999", diff(s, r, "p999"), "", null));
        md.append(row("max", s, r, "max", diff(s, r, "max"), "", null));
        md.append(row("mean", s, r, "mean", diff(s, r, "mean"), "", null));
        md.append(String.format(Locale.ROOT, "| throughput | %.1f req/s | %.1f req/s | | | |%n",
                s.path("throughput").asDouble(), r.path("throughput").asDouble()));
        md.append(String.format(Locale.ROOT, "| requests (errors) | %,d (%d) | %,d (%d) | | | |%n",
                s.path("sent").asLong(), s.path("errors").asLong(), r.path("sent").asLong(), r.path("errors").asLong()));
        md.append(String.format(Locale.ROOT, "| CPU ms per request: service / search node / whole machine | %s | %s | | | |%n%n",
                cpuPerRequest(s), cpuPerRequest(r)));
        JsonNode threads = primary.path("serviceThreadCpu");
        double requests = Math.max(1, s.path("ok").asLong());
        md.append(String.format(Locale.ROOT, "The service's CPU per request by thread: event loop %.2f ms, search "
                        + "client I/O %.2f ms, JIT compiler %.2f ms, GC %.2f ms, other %.2f ms. Load average "
                        + "(1, 5, 15 min) %s before the warm-up, %s at the start of the measured slices, %s at their "
                        + "end; other processes on the machine used %.1f CPU s during the service's slices and %.1f "
                        + "during the raw ones (of %.0f s each).%n%n",
                1000 * threads.path("event loop").asDouble() / requests,
                1000 * threads.path("search client I/O").asDouble() / requests,
                1000 * threads.path("JIT compiler").asDouble() / requests,
                1000 * threads.path("GC").asDouble() / requests, 1000 * threads.path("other").asDouble() / requests,
                q.path("loadBefore").asText(), primary.path("loadAtStart").asText(), primary.path("loadAtEnd").asText(),
                s.at("/cpuSeconds/others").asDouble(), r.at("/cpuSeconds/others").asDouble(),
                s.path("seconds").asDouble()));

        if (q.path("rates").size() > 1) {
            md.append("At other rates, same run (each with its own 5 s unrecorded settling slice per target):\n\n");
            md.append("| rate | service p50 | raw p50 | ratio (≤ 1.3×) | service p99 | raw p99 | difference (≤ +15 ms) "
                    + "| throughput service / raw | errors | machine CPU busy, service / raw slices |\n");
            md.append("|---:|---:|---:|---:|---:|---:|---:|---|---|---|\n");
            for (JsonNode at : q.path("rates")) {
                JsonNode a = at.path("service");
                JsonNode b = at.path("raw");
                double ratio = a.path("p50").asDouble() / b.path("p50").asDouble();
                double d = a.path("p99").asDouble() - b.path("p99").asDouble();
                md.append(String.format(Locale.ROOT, "| %.0f req/s | %.1f ms | %.1f ms | %.2f× %s | %.1f ms | %.1f ms "
                                + "| %+.1f ms %s | %.1f / %.1f | %d / %d | %.0f %% / %.0f %% |%n",
                        at.path("rate").asDouble(), a.path("p50").asDouble(), b.path("p50").asDouble(), ratio,
                        ratio <= 1.3 ? "yes" : "**no**", a.path("p99").asDouble(), b.path("p99").asDouble(), d,
                        d <= 15 ? "yes" : "**no**", a.path("throughput").asDouble(), b.path("throughput").asDouble(),
                        a.path("errors").asLong(), b.path("errors").asLong(), busy(a), busy(b)));
            }
            md.append("\n");
        }

        if (q.has("suggest")) {
            suggest(md, q.path("suggest"));
        }

        double ixRatio = ix.path("ratio").asDouble();
        md.append(String.format(Locale.ROOT, "**Indexing**: %,d listings inserted in one transaction (%.1f s); "
                        + "the trigger wrote %,d outbox rows. Both measured warm, each into an empty index with the "
                        + "same settings and mappings (%,d warm-up listings went both ways first and were removed).%n%n",
                ix.path("listings").asLong(), ix.path("seedSeconds").asDouble(), ix.path("outboxRows").asLong(),
                ix.at("/warmup/listings").asLong()));
        md.append("| | outbox relay (service) | raw `_bulk`, same documents | outbox vs raw | target | met |\n");
        md.append("|---|---:|---:|---:|---|---|\n");
        md.append(String.format(Locale.ROOT, "| documents | %,d | %,d | | | |%n", ix.path("indexedByService").asLong(),
                ix.path("indexedRaw").asLong()));
        md.append(String.format(Locale.ROOT, "| seconds | %.1f | %.1f | | | |%n", ix.path("outboxSeconds").asDouble(),
                ix.path("rawSeconds").asDouble()));
        md.append(String.format(Locale.ROOT, "| docs/s | %,.0f | %,.0f | %.2f× | ≥ 0.5× | %s |%n",
                ix.path("outboxDocsPerSecond").asDouble(), ix.path("rawDocsPerSecond").asDouble(), ixRatio,
                ixRatio >= 0.5 ? "yes" : "**no**"));
        md.append(String.format(Locale.ROOT, "| CPU s: service / search node / PostgreSQL / other processes | %s | %s | | | |%n",
                cpu(ix.path("outboxCpuSeconds")), cpu(ix.path("rawCpuSeconds"))));
        if (ix.has("warmup")) {
            JsonNode w = ix.path("warmup");
            md.append(String.format(Locale.ROOT, "| warm-up (cold JVMs), %,d docs: docs/s | %,.0f | %,.0f | %.2f× | | |%n",
                    w.path("listings").asLong(), w.path("outboxDocsPerSecond").asDouble(),
                    w.path("rawDocsPerSecond").asDouble(),
                    w.path("outboxDocsPerSecond").asDouble() / w.path("rawDocsPerSecond").asDouble()));
        }
        StringBuilder all = new StringBuilder();
        for (JsonNode a : ix.path("attempts")) {
            all.append(all.length() == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.2f× (others %.0f %%)",
                    a.path("ratio").asDouble(), 100 * a.path("othersShare").asDouble()));
        }
        md.append(String.format(Locale.ROOT, "%nAttempt %d of %d is shown (an attempt during which other processes "
                        + "used more than 10 %% of the machine is repeated; the least disturbed one counts). "
                        + "outbox/raw of every attempt: %s.%n", ix.path("attempt").asInt(),
                ix.path("attempts").size(), all));
        md.append(String.format(Locale.ROOT, "Batches of %d (relay: `kretslopp.search.relay.batch-size`; raw: %d "
                        + "sequential `_bulk` requests). Load average %s before seeding, %s before the raw bulk.%n%n",
                ix.path("batchSize").asInt(), ix.path("rawRequests").asInt(), ix.path("loadBefore").asText(),
                ix.path("loadBeforeRaw").asText()));

        md.append(String.format(Locale.ROOT, "Per query at %.0f req/s (ms; hits as the anonymous viewer sees them):%n%n",
                primary.path("rate").asDouble()));
        md.append("| query | hits | service p50 | raw p50 | service p99 | raw p99 |\n|---|---:|---:|---:|---:|---:|\n");
        for (int i = 0; i < primary.path("perQuery").size(); i++) {
            JsonNode pq = primary.path("perQuery").get(i);
            JsonNode check = q.path("queries").get(i);
            md.append(String.format(Locale.ROOT, "| %s | %,d | %.1f | %.1f | %.1f | %.1f |%n", pq.path("query").asText(),
                    check.path("total").asLong(), pq.path("serviceP50").asDouble(), pq.path("rawP50").asDouble(),
                    pq.path("serviceP99").asDouble(), pq.path("rawP99").asDouble()));
        }
        return md.toString();
    }

    /** The type-ahead figures: issue 19 asks for p99 ≤ 30 ms at 20 req/s through the service. */
    private static void suggest(StringBuilder md, JsonNode sg) {
        md.append(String.format(Locale.ROOT, "**Type-ahead** (`GET /api/v1/search/suggest?q=…`, anonymous): %d "
                        + "prefixes in turn, %.0f s warm-up per target (not recorded), then %d rounds of %.0f s per "
                        + "target, alternating; raw = the engine query the service sends for it "
                        + "(`ListingQueryBuilder.suggest`). Load average %s before the warm-up.%n%n",
                sg.path("prefixes").size(), sg.path("warmupSeconds").asDouble(), sg.path("rounds").asInt(),
                sg.path("sliceSeconds").asDouble(), sg.path("loadBefore").asText()));
        md.append("| rate | load at start | service p50 | raw p50 | ratio | service p99 | raw p99 | difference "
                + "| service p99 ≤ 30 ms | max service / raw | throughput service / raw | errors |\n");
        md.append("|---:|---:|---:|---:|---:|---:|---:|---:|---|---|---|---|\n");
        for (JsonNode at : sg.path("rates")) {
            JsonNode a = at.path("service");
            JsonNode b = at.path("raw");
            md.append(String.format(Locale.ROOT, "| %.0f req/s | %s | %.1f ms | %.1f ms | %.2f× | %.1f ms | %.1f ms "
                            + "| %+.1f ms | %s | %.1f / %.1f ms | %.1f / %.1f | %d / %d |%n",
                    at.path("rate").asDouble(), at.path("loadAtStart").asText(), a.path("p50").asDouble(),
                    b.path("p50").asDouble(), a.path("p50").asDouble() / b.path("p50").asDouble(),
                    a.path("p99").asDouble(), b.path("p99").asDouble(),
                    a.path("p99").asDouble() - b.path("p99").asDouble(),
                    a.path("p99").asDouble() <= 30 ? "yes" : "**no**", a.path("max").asDouble(),
                    b.path("max").asDouble(), a.path("throughput").asDouble(), b.path("throughput").asDouble(),
                    a.path("errors").asLong(), b.path("errors").asLong()));
        }
        md.append("\n");
    }

    private static double busy(JsonNode target) {
        return 100 * target.at("/cpuSeconds/machine").asDouble()
                / (Runtime.getRuntime().availableProcessors() * target.path("seconds").asDouble());
    }

    private static String row(String label, JsonNode s, JsonNode r, String field, String compare, String target,
                              Boolean met) {
        return String.format(Locale.ROOT, "| %s | %.1f ms | %.1f ms | %s | %s | %s |%n", label,
                s.path(field).asDouble(), r.path(field).asDouble(), compare, target,
                met == null ? "" : met ? "yes" : "**no**");
    }

    private static String diff(JsonNode s, JsonNode r, String field) {
        return String.format(Locale.ROOT, "%+.1f ms", s.path(field).asDouble() - r.path(field).asDouble());
    }

    private static String cpu(JsonNode c) {
        return String.format(Locale.ROOT, "%.1f / %.1f / %.1f / %.1f", c.path("service").asDouble(),
                c.path("search").asDouble(), c.path("postgres").asDouble(), c.path("others").asDouble());
    }

    private static String cpuPerRequest(JsonNode t) {
        double per = 1000.0 / Math.max(1, t.path("ok").asLong());
        JsonNode c = t.path("cpuSeconds");
        return String.format(Locale.ROOT, "%.1f / %.1f / %.1f", c.path("service").asDouble() * per,
                c.path("search").asDouble() * per, c.path("machine").asDouble() * per);
    }

    static String machine() {
        String model = "?";
        long memKb = 0;
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (line.startsWith("model name")) {
                    model = line.substring(line.indexOf(':') + 1).trim();
                    break;
                }
            }
            for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
                if (line.startsWith("MemTotal")) {
                    memKb = Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            // leave unknown
        }
        return String.format(Locale.ROOT, "%d cores (`nproc`), %s, %.0f GB RAM, Java %s",
                Runtime.getRuntime().availableProcessors(), model, memKb / 1024.0 / 1024.0,
                System.getProperty("java.version"));
    }
}
