package se.kretslopp.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.HdrHistogram.Histogram;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The query mix against the service ({@code GET /api/v1/search/listings}, anonymous) and, with the very JSON the
 * service builds for it, straight against the search node ({@code POST /<alias>/_search}), at the same constant rate:
 * a warm-up that is not recorded, then measured slices that alternate between the two targets (service first in
 * even rounds, raw first in odd ones) so that drift in the machine's load falls on both alike; at one rate or at
 * several in turn.
 */
final class SearchLoad {

    private final Http http = new Http();
    private final String service;
    private final String search;
    private final String alias;
    private final Machine machine;

    SearchLoad(String service, String search, String alias, Machine machine) {
        this.service = service;
        this.search = search;
        this.alias = alias;
        this.machine = machine;
    }

    /**
     * Checks the mix, warms up at the first rate (warmupSeconds per target, not recorded), then for each rate: a
     * short unrecorded settling slice per target, and the measured rounds.
     */
    ObjectNode run(List<Double> rates, double warmupSeconds, double sliceSeconds, int rounds, double maxLoad,
                   int maxWait) {
        List<Queries.Search> mix = Queries.mix();
        List<LoadGenerator.Call> serviceCalls = new ArrayList<>();
        List<LoadGenerator.Call> rawCalls = new ArrayList<>();
        for (Queries.Search s : mix) {
            serviceCalls.add(new LoadGenerator.Call(s.name(), HttpRequest.newBuilder(URI.create(serviceUrl(s)))
                    .timeout(Duration.ofSeconds(30)).header("Accept", "application/json").GET().build()));
            rawCalls.add(new LoadGenerator.Call(s.name(), HttpRequest.newBuilder(URI.create(rawUrl()))
                    .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                    .header("Accept", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(rawBody(s))).build()));
        }
        ObjectNode result = Http.JSON.createObjectNode();
        result.set("queries", check(mix));
        result.put("warmupSeconds", warmupSeconds);
        result.put("sliceSeconds", sliceSeconds);
        result.put("rounds", rounds);

        LoadGenerator load = new LoadGenerator();
        AtomicLong serviceCursor = new AtomicLong();
        AtomicLong rawCursor = new AtomicLong();
        result.put("loadBefore", Machine.waitForQuiet(maxLoad, maxWait, "the search load"));
        Log.info("warm-up: %.0f s per target at %.0f req/s (not recorded)", warmupSeconds, rates.get(0));
        Map<String, Double> threadsBefore = machine.serviceThreads();
        for (int i = 0; i < 2; i++) {
            load.slice(serviceCalls, rates.get(0), warmupSeconds / 2, null, serviceCursor);
            load.slice(rawCalls, rates.get(0), warmupSeconds / 2, null, rawCursor);
        }
        result.set("warmupServiceThreadCpu",
                Http.JSON.valueToTree(Machine.diff(threadsBefore, machine.serviceThreads())));
        ArrayNode byRate = result.putArray("rates");
        for (double rate : rates) {
            Machine.waitForQuiet(maxLoad, maxWait, "the search load at " + rate + " req/s");
            load.slice(serviceCalls, rate, 5, null, serviceCursor);
            load.slice(rawCalls, rate, 5, null, rawCursor);
            byRate.add(measure(load, rate, sliceSeconds, rounds, mix.stream().map(Queries.Search::name).toList(),
                    serviceCalls, rawCalls, serviceCursor, rawCursor));
        }
        return result;
    }

    private ObjectNode measure(LoadGenerator load, double rate, double sliceSeconds, int rounds,
                               List<String> names, List<LoadGenerator.Call> serviceCalls,
                               List<LoadGenerator.Call> rawCalls, AtomicLong serviceCursor, AtomicLong rawCursor) {
        ObjectNode result = Http.JSON.createObjectNode();
        result.put("rate", rate);
        result.put("loadAtStart", Machine.loadavg());
        LoadGenerator.Stats serviceStats = new LoadGenerator.Stats("service");
        LoadGenerator.Stats rawStats = new LoadGenerator.Stats("raw");
        Map<String, Double> threads = new java.util.LinkedHashMap<>();
        for (int round = 0; round < rounds; round++) {
            boolean serviceFirst = round % 2 == 0;
            for (int k = 0; k < 2; k++) {
                boolean serviceNow = serviceFirst == (k == 0);
                LoadGenerator.Stats stats = serviceNow ? serviceStats : rawStats;
                Map<String, Double> before = machine.cpu();
                Map<String, Double> threadsBefore = machine.serviceThreads();
                load.slice(serviceNow ? serviceCalls : rawCalls, rate, sliceSeconds, stats,
                        serviceNow ? serviceCursor : rawCursor);
                stats.addCpu(Machine.diff(before, machine.cpu()));
                if (serviceNow) {
                    Machine.diff(threadsBefore, machine.serviceThreads()).forEach((kind, seconds) ->
                            threads.merge(kind, seconds, Double::sum));
                }
                Log.info("%.0f req/s, round %d/%d %s: %d ok, %d errors so far, p50 %.1f ms, p99 %.1f ms (load %s)",
                        rate, round + 1, rounds, stats.target, stats.ok, stats.errors,
                        ms(stats.all.getValueAtPercentile(50)), ms(stats.all.getValueAtPercentile(99)),
                        Machine.loadavg());
            }
        }
        result.put("loadAtEnd", Machine.loadavg());
        result.set("service", stats(serviceStats));
        result.set("raw", stats(rawStats));
        threads.replaceAll((kind, seconds) -> Indexing.round(seconds));
        result.set("serviceThreadCpu", Http.JSON.valueToTree(threads));
        ArrayNode perQuery = result.putArray("perQuery");
        for (String name : names) {
            Histogram a = serviceStats.perQuery.get(name);
            Histogram b = rawStats.perQuery.get(name);
            ObjectNode q = perQuery.addObject().put("query", name);
            if (a != null) {
                q.put("serviceP50", ms(a.getValueAtPercentile(50))).put("serviceP99", ms(a.getValueAtPercentile(99)));
            }
            if (b != null) {
                q.put("rawP50", ms(b.getValueAtPercentile(50))).put("rawP99", ms(b.getValueAtPercentile(99)));
            }
        }
        return result;
    }

    /**
     * The type-ahead mix ({@link Suggestions}) the same way: checked, warmed up (warmupSeconds per target, not
     * recorded), then measured at each rate in alternating slices.
     */
    ObjectNode runSuggest(List<Double> rates, double warmupSeconds, double sliceSeconds, int rounds, double maxLoad,
                          int maxWait) {
        List<String> mix = Suggestions.mix();
        List<LoadGenerator.Call> serviceCalls = new ArrayList<>();
        List<LoadGenerator.Call> rawCalls = new ArrayList<>();
        for (String prefix : mix) {
            serviceCalls.add(new LoadGenerator.Call(prefix, HttpRequest.newBuilder(URI.create(suggestUrl(prefix)))
                    .timeout(Duration.ofSeconds(30)).header("Accept", "application/json").GET().build()));
            rawCalls.add(new LoadGenerator.Call(prefix, HttpRequest.newBuilder(URI.create(rawUrl()))
                    .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                    .header("Accept", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(suggestBody(prefix))).build()));
        }
        ObjectNode result = Http.JSON.createObjectNode();
        result.set("prefixes", checkSuggest(mix));
        result.put("warmupSeconds", warmupSeconds);
        result.put("sliceSeconds", sliceSeconds);
        result.put("rounds", rounds);
        LoadGenerator load = new LoadGenerator();
        AtomicLong serviceCursor = new AtomicLong();
        AtomicLong rawCursor = new AtomicLong();
        result.put("loadBefore", Machine.waitForQuiet(maxLoad, maxWait, "the type-ahead load"));
        Log.info("type-ahead warm-up: %.0f s per target at %.0f req/s (not recorded)", warmupSeconds, rates.get(0));
        for (int i = 0; i < 2; i++) {
            load.slice(serviceCalls, rates.get(0), warmupSeconds / 2, null, serviceCursor);
            load.slice(rawCalls, rates.get(0), warmupSeconds / 2, null, rawCursor);
        }
        ArrayNode byRate = result.putArray("rates");
        for (double rate : rates) {
            Machine.waitForQuiet(maxLoad, maxWait, "the type-ahead load at " + rate + " req/s");
            load.slice(serviceCalls, rate, 5, null, serviceCursor);
            load.slice(rawCalls, rate, 5, null, rawCursor);
            byRate.add(measure(load, rate, sliceSeconds, rounds, mix, serviceCalls, rawCalls, serviceCursor,
                    rawCursor));
        }
        return result;
    }

    private String suggestUrl(String prefix) {
        return service + "/api/v1/search/suggest?" + Suggestions.query(prefix);
    }

    private byte[] suggestBody(String prefix) {
        return Suggestions.engineBody(Http.JSON, prefix).toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The service's listing suggestions must be the raw query's hits, in the same order, for every prefix. */
    private ArrayNode checkSuggest(List<String> mix) {
        ArrayNode checks = Http.JSON.createArrayNode();
        List<String> wrong = new ArrayList<>();
        for (String prefix : mix) {
            JsonNode mine = http.get(suggestUrl(prefix)).ok().json();
            JsonNode raw = http.call("POST", rawUrl(), new String(suggestBody(prefix), StandardCharsets.UTF_8)).ok()
                    .json();
            List<String> serviceIds = new ArrayList<>();
            int categories = 0;
            for (JsonNode suggestion : mine.path("suggestions")) {
                if ("listing".equals(suggestion.path("kind").asText())) {
                    serviceIds.add(suggestion.path("listingId").asText());
                } else {
                    categories++;
                }
            }
            List<String> rawIds = new ArrayList<>();
            raw.at("/hits/hits").forEach(hit -> rawIds.add(hit.at("/_source/id").asText()));
            boolean same = serviceIds.equals(rawIds);
            checks.addObject().put("prefix", prefix).put("listings", serviceIds.size()).put("categories", categories)
                    .put("sameAsRaw", same);
            if (!same) {
                wrong.add(prefix + " (service " + serviceIds + ", raw " + rawIds + ")");
            }
            Log.info("suggest %-10s %d titles, %d categories, %s", prefix, serviceIds.size(), categories,
                    same ? "same as raw" : "DIFFERENT FROM RAW");
        }
        if (!wrong.isEmpty()) {
            throw new IllegalStateException("The raw suggest JSON is no longer what the service sends (update "
                    + "bench/.../Suggestions.java from ListingQueryBuilder.suggest): " + wrong);
        }
        return checks;
    }

    String serviceUrl(Queries.Search s) {
        return service + "/api/v1/search/listings?" + s.queryString();
    }

    private String rawUrl() {
        return search + "/" + alias + "/_search";
    }

    private byte[] rawBody(Queries.Search s) {
        return Queries.engineBody(Http.JSON, s).toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Both targets must find the same listings, in the same order, and count the same facet values, for every query:
     * else the copy is stale.
     */
    private ArrayNode check(List<Queries.Search> mix) {
        ArrayNode checks = Http.JSON.createArrayNode();
        List<String> wrong = new ArrayList<>();
        for (Queries.Search s : mix) {
            JsonNode mine = serviceAnswer(s);
            JsonNode raw = http.call("POST", rawUrl(), new String(rawBody(s), StandardCharsets.UTF_8)).ok().json();
            List<String> serviceIds = new ArrayList<>();
            mine.path("items").forEach(item -> serviceIds.add(item.path("id").asText()));
            List<String> rawIds = new ArrayList<>();
            raw.at("/hits/hits").forEach(hit -> rawIds.add(hit.at("/_source/id").asText()));
            long serviceTotal = mine.path("total").asLong();
            long rawTotal = raw.at("/hits/total/value").asLong();
            List<String> serviceFacets = new ArrayList<>();
            List<String> rawFacets = new ArrayList<>();
            for (String facet : List.of("category", "material", "condition", "organisation")) {
                mine.path("facets").path(facet).forEach(b -> serviceFacets.add(
                        facet + ":" + b.path("key").asText() + "=" + b.path("count").asLong()));
                raw.at("/aggregations/" + facet + "/values/buckets").forEach(b -> rawFacets.add(
                        facet + ":" + b.path("key").asText() + "=" + b.path("doc_count").asLong()));
            }
            boolean same = serviceTotal == rawTotal && serviceIds.equals(rawIds) && serviceFacets.equals(rawFacets);
            checks.addObject().put("query", s.name()).put("url", "/api/v1/search/listings?" + s.queryString())
                    .put("total", serviceTotal).put("page", serviceIds.size()).put("facetValues", serviceFacets.size())
                    .put("sameAsRaw", same);
            if (!same) {
                wrong.add(s.name() + " (service " + serviceTotal + " " + serviceIds + " " + serviceFacets + ", raw "
                        + rawTotal + " " + rawIds + " " + rawFacets + ")");
            }
            Log.info("query %-32s %6d hits, %2d on the page, %s", s.name(), serviceTotal, serviceIds.size(),
                    same ? "same as raw" : "DIFFERENT FROM RAW");
        }
        if (!wrong.isEmpty()) {
            throw new IllegalStateException("The raw query JSON is no longer what the service sends (update "
                    + "bench/.../Queries.java from ListingQueryBuilder): " + wrong);
        }
        return checks;
    }

    /** The service's answer; a cold service on a busy machine may miss its 2.5 s search timeout at first. */
    private JsonNode serviceAnswer(Queries.Search s) {
        Http.Answer answer = http.get(serviceUrl(s));
        for (int attempt = 1; answer.status() == 503 && attempt < 5; attempt++) {
            Machine.sleep(2000);
            answer = http.get(serviceUrl(s));
        }
        return answer.ok().json();
    }

    private static ObjectNode stats(LoadGenerator.Stats s) {
        ObjectNode node = Http.JSON.createObjectNode();
        Histogram h = s.all;
        node.put("sent", s.sent).put("ok", s.ok).put("errors", s.errors);
        node.set("errorKinds", Http.JSON.valueToTree(s.errorKinds));
        node.put("seconds", Indexing.round(s.seconds));
        node.put("throughput", Indexing.round(s.ok / s.seconds));
        node.put("p50", ms(h.getValueAtPercentile(50)));
        node.put("p90", ms(h.getValueAtPercentile(90)));
        node.put("p99", ms(h.getValueAtPercentile(99)));
        node.put("p999", ms(h.getValueAtPercentile(99.9)));
        node.put("max", ms(h.getMaxValue()));
        node.put("mean", Indexing.round(h.getMean() / 1000.0));
        Map<String, Double> cpu = new java.util.LinkedHashMap<>(s.cpu);
        cpu.replaceAll((k, v) -> Indexing.round(v));
        node.set("cpuSeconds", Http.JSON.valueToTree(cpu));
        return node;
    }

    static double ms(long micros) {
        return Math.round(micros / 100.0) / 10.0;
    }
}
