package se.kretslopp.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.HdrHistogram.Histogram;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.locks.LockSupport;

/**
 * The wanted-request benchmark (issue 7). Seeds 100,000 wanted requests of realistic variety straight into
 * PostgreSQL (the outbox carries them into the percolator index, as in production), then percolates newly
 * published listings one at a time at a constant rate, in alternating slices:
 * <ul>
 *   <li><b>service</b>: a published listing is inserted into PostgreSQL; the service's outbox relay indexes it,
 *   percolates it and records its matches (and alerts) in PostgreSQL. Its times are the service's own timers,
 *   read from /q/metrics: {@code kretslopp_wanted_percolation_seconds} (building the search, the msearch round trip,
 *   the exact distance: the requests the listing satisfies), {@code kretslopp_wanted_recording_seconds} (recording
 *   the matches and alerts) and {@code kretslopp_wanted_matching_seconds} (both).</li>
 *   <li><b>raw</b>: the same kind of listing document, percolated straight against the search node with the JSON
 *   the service sends ({@code POST /kretslopp-wanted/_search}); the time from when it was due to the answer.</li>
 * </ul>
 */
final class WantedPercolation {

    private static final UUID SELLER = UUID.fromString("be000000-0000-4000-8000-00000000000a");
    private static final String[] MATERIALS = {"ek", "furu", "gran", "stål", "aluminium", "tegel", "betong", "glas"};

    private final String service;
    private final String management;
    private final String search;
    private final String jdbc;
    private final String user;
    private final String password;
    private final Machine machine;
    private final Http http = new Http();
    private final Random random = new Random(7);
    private final List<Category> categories = new ArrayList<>();

    record Category(UUID id, UUID parent, String nameSv, String parentName) {
    }

    WantedPercolation(String service, String management, String search, String jdbc, String user, String password,
                      Machine machine) {
        this.service = service;
        this.management = management;
        this.search = search;
        this.jdbc = jdbc;
        this.user = user;
        this.password = password;
        this.machine = machine;
    }

    ObjectNode run(int requests, double rate, double warmup, double slice, int rounds, double maxLoad, int maxWait)
            throws Exception {
        ObjectNode result = Http.JSON.createObjectNode();
        try (Connection db = DriverManager.getConnection(jdbc, user, password)) {
            db.setAutoCommit(true);
            loadCategories(db);
            long seeded = System.nanoTime();
            seed(db, requests);
            Log.info("Seeded %d wanted requests; waiting for the outbox to drain into the percolator index", requests);
            waitForOutbox(db, 1800);
            result.put("requests", requests);
            result.put("seedAndIndexSeconds", (System.nanoTime() - seeded) / 1e9);
            result.put("storedQueries", http.get(search + "/kretslopp-wanted/_count").ok().json().path("count").asLong());
            result.put("loadBefore", Machine.waitForQuiet(maxLoad, maxWait, "the percolation rounds"));
            result.put("uptimeBefore", Machine.loadavg());

            for (int i = 0; i < 5; i++) { // a first look, in the log: the engine's own time and the hits
                Listing l = listing();
                long t0 = System.nanoTime();
                Http.Answer a = http.call("POST", search + "/kretslopp-wanted/_search", percolate(l).toString()).ok();
                Log.info("probe %d: %.1f ms, engine took %d ms, %d hits (%s)", i, (System.nanoTime() - t0) / 1e6,
                        a.json().path("took").asLong(), a.json().at("/aggregations/requests/buckets").size(), l.title());
            }
            Log.info("Warm-up: %.0f s per path at %.1f/s", warmup, rate);
            rawPath(rate, warmup, null);
            servicePath(db, rate, warmup);

            Histogram raw = new Histogram(60_000_000L, 3);
            Map<String, Map<Double, Long>> serviceBuckets = new TreeMap<>();
            long matchesBefore = count(db, "select count(*) from wanted_match");
            long serviceListings = 0;
            long rawHits = 0;
            long rawCount = 0;
            Map<String, Double> cpuBefore = machine.cpu();
            for (int round = 1; round <= rounds; round++) {
                Log.info("Round %d of %d (load %s)", round, rounds, Machine.loadavg());
                Map<String, Map<Double, Long>> before = new TreeMap<>();
                for (String timer : TIMERS) {
                    before.put(timer, buckets(timer));
                }
                serviceListings += servicePath(db, rate, slice);
                for (String timer : TIMERS) {
                    Map<Double, Long> sum = serviceBuckets.computeIfAbsent(timer, t -> new TreeMap<>());
                    buckets(timer).forEach((le, n) -> sum.merge(le, n - before.get(timer).getOrDefault(le, 0L),
                            Long::sum));
                }
                long[] hits = rawPath(rate, slice, raw);
                rawCount += hits[0];
                rawHits += hits[1];
            }
            Map<String, Double> cpu = Machine.diff(cpuBefore, machine.cpu());
            long matches = count(db, "select count(*) from wanted_match") - matchesBefore;

            for (String timer : TIMERS) {
                ObjectNode svc = result.putObject(timer.equals("percolation") ? "service" : "service_" + timer);
                Map<Double, Long> buckets = serviceBuckets.get(timer);
                svc.put("percolations", buckets.getOrDefault(Double.POSITIVE_INFINITY, 0L));
                svc.put("listings", serviceListings);
                svc.put("matchesRecordedPerListing", serviceListings == 0 ? 0 : (double) matches / serviceListings);
                for (double q : new double[]{0.5, 0.9, 0.99, 1.0}) {
                    svc.put("p" + label(q), quantile(buckets, q));
                }
            }
            ObjectNode rawNode = result.putObject("raw");
            rawNode.put("percolations", rawCount);
            rawNode.put("hitsPerListing", rawCount == 0 ? 0 : (double) rawHits / rawCount);
            for (double q : new double[]{0.5, 0.9, 0.99}) {
                rawNode.put("p" + label(q), raw.getValueAtPercentile(q * 100) / 1000.0);
            }
            rawNode.put("p100", raw.getMaxValue() / 1000.0);
            ObjectNode cpuNode = result.putObject("cpuSeconds");
            cpu.forEach(cpuNode::put);
            result.put("loadAfter", Machine.loadavg());
            result.put("rate", rate);
            result.put("sliceSeconds", slice);
            result.put("rounds", rounds);
        }
        return result;
    }

    private static String label(double q) {
        return q == 1.0 ? "100" : q == 0.5 ? "50" : q == 0.9 ? "90" : "99";
    }

    private void loadCategories(Connection db) throws Exception {
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(
                "select c.id, c.parent_id, c.name_sv, p.name_sv as parent_name from category c"
                        + " join category p on p.id = c.parent_id order by c.code")) {
            while (rs.next()) {
                categories.add(new Category(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getString(3), rs.getString(4)));
            }
        }
    }

    /**
     * 100,000 requests from 200 builder organisations: a quarter by category only, a fifth by words only, the rest
     * both (words from the category's name, sometimes with a material); width, height and length ranges on some,
     * a place in Kalmar county with a distance on most, a date, a price limit, a condition on some; 5 % paused.
     */
    private void seed(Connection db, int requests) throws Exception {
        try (Statement st = db.createStatement()) {
            st.execute("insert into organisation (id, code, name, organisation_number, kind) values ('" + SELLER
                    + "', 'bench-seller', 'Bench Rivning AB', null, 'CONTRACTOR') on conflict do nothing");
            st.execute("insert into organisation (id, code, name, kind) select gen_random_uuid(),"
                    + " 'bench-buyer-' || g, 'Bench Bygg ' || g, 'BUILDER' from generate_series(1, 200) g"
                    + " on conflict do nothing");
            st.execute("""
                    insert into wanted_request (id, organisation_id, created_by, text, category_id, quantity, unit,
                        width_min_mm, width_max_mm, height_min_mm, height_max_mm, length_min_mm, length_max_mm,
                        condition_max, place, latitude, longitude, within_km, needed_by, price_max_sek,
                        accept_future, status, expires_on)
                    select gen_random_uuid(), o.ids[1 + g % array_length(o.ids, 1)], 'buyer' || (g % 7),
                        case when r.t < 0.25 then null
                             else lower(split_part(c.names[r.ci], ' ', 1))
                                  || case when r.m < 0.3 then ' ' || (array['ek','furu','gran','stål','vit','massiv'])[1 + g % 6]
                                          else '' end end,
                        case when r.t between 0.25 and 0.45 then null else c.ids[r.ci] end,
                        case when r.q < 0.7 then 1 + floor(r.q * 100) end, case when r.q < 0.7 then 'st' end,
                        case when r.w < 0.4 then 600 + 10 * floor(r.w * 150) - 30 end,
                        case when r.w < 0.4 then 600 + 10 * floor(r.w * 150) + 30 end,
                        case when r.h < 0.3 then 1800 + 10 * floor(r.h * 200) - 40 end,
                        case when r.h < 0.3 then 1800 + 10 * floor(r.h * 200) + 40 end,
                        case when r.l < 0.2 then 500 + 100 * floor(r.l * 275) end,
                        case when r.l < 0.2 then 800 + 100 * floor(r.l * 275) end,
                        case when r.c < 0.5 then 1 + floor(r.c * 6)::int end,
                        case when r.p < 0.85 then 'Plats ' || (g % 50) end,
                        case when r.p < 0.85 then 56.2 + r.y * 1.6 end,
                        case when r.p < 0.85 then 15.5 + r.x * 1.4 end,
                        case when r.p < 0.85 then (array[10, 25, 50, 100, 200])[1 + floor(r.k * 5)::int] end,
                        case when r.n < 0.5 then current_date + (10 + floor(r.n * 380))::int end,
                        case when r.pr < 0.4 then 100 + floor(r.pr * 12000) end,
                        r.f < 0.8, case when r.s < 0.05 then 'PAUSED' else 'OPEN' end, current_date + 90
                    from generate_series(1, REQUESTS) g
                    cross join (select array_agg(id order by code) ids, array_agg(name_sv order by code) names
                                from category where parent_id is not null) c
                    cross join (select array_agg(id order by code) ids from organisation
                                where code like 'bench-buyer-%') o
                    cross join lateral (select random() + 0 * g as t, random() as m, random() as q, random() as w,
                        random() as h, random() as l, random() as c, random() as p, random() as y, random() as x,
                        random() as k, random() as n, random() as pr, random() as f, random() as s,
                        1 + floor(random() * array_length(c.ids, 1))::int as ci) r
                    """.replace("REQUESTS", Integer.toString(requests)));
        }
    }

    private void waitForOutbox(Connection db, int seconds) throws Exception {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        while (System.nanoTime() < deadline) {
            if (count(db, "select count(*) from search_outbox") == 0) {
                return;
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("The outbox did not drain within " + seconds + " s");
    }

    private static long count(Connection db, String sql) throws Exception {
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** A listing somebody might publish: a category, its name and a material, sizes, a place in the county. */
    private record Listing(UUID id, Category category, String title, String material, int quantity, Integer width,
                           Integer height, Integer length, int condition, boolean free, int price, double lat,
                           double lon) {
    }

    private Listing listing() {
        Category c = categories.get(random.nextInt(categories.size()));
        String material = MATERIALS[random.nextInt(MATERIALS.length)];
        return new Listing(UUID.randomUUID(), c, c.nameSv() + ", " + material, material, 1 + random.nextInt(60),
                random.nextDouble() < 0.6 ? 600 + 10 * random.nextInt(150) : null,
                random.nextDouble() < 0.5 ? 1800 + 10 * random.nextInt(200) : null,
                random.nextDouble() < 0.3 ? 500 + 100 * random.nextInt(275) : null,
                1 + random.nextInt(4), random.nextDouble() < 0.3, 50 + random.nextInt(3000),
                56.2 + random.nextDouble() * 1.6, 15.5 + random.nextDouble() * 1.4);
    }

    /** Publishes listings into PostgreSQL at the rate; answers how many, after the relay has handled them all. */
    private long servicePath(Connection db, double rate, double seconds) throws Exception {
        long period = Math.round(1e9 / rate);
        long count = Math.round(rate * seconds);
        long start = System.nanoTime() + 5_000_000L;
        try (PreparedStatement insert = db.prepareStatement("""
                insert into listing (id, organisation_id, category_id, title, description, material, quantity, unit,
                    width_mm, height_mm, length_mm, condition, price_kind, price_sek, city, latitude, longitude,
                    visibility, status, published_at, created_by)
                values (?, ?, ?, ?, 'Demonterat, helt och rent.', ?, ?, 'st', ?, ?, ?, ?, ?, ?, 'Kalmar', ?, ?,
                    'PUBLIC', 'PUBLISHED', now(), 'bench')""")) {
            for (long i = 0; i < count; i++) {
                long due = start + i * period;
                long wait;
                while ((wait = due - System.nanoTime()) > 0) {
                    LockSupport.parkNanos(wait);
                }
                Listing l = listing();
                insert.setObject(1, l.id());
                insert.setObject(2, SELLER);
                insert.setObject(3, l.category().id());
                insert.setString(4, l.title());
                insert.setString(5, l.material());
                insert.setInt(6, l.quantity());
                insert.setObject(7, l.width());
                insert.setObject(8, l.height());
                insert.setObject(9, l.length());
                insert.setInt(10, l.condition());
                insert.setString(11, l.free() ? "FREE" : "FIXED");
                insert.setObject(12, l.free() ? null : new java.math.BigDecimal(l.price()));
                insert.setDouble(13, l.lat());
                insert.setDouble(14, l.lon());
                insert.executeUpdate();
            }
        }
        waitForOutbox(db, 900);
        Thread.sleep(200); // the timer is recorded just after the outbox rows are deleted
        return count;
    }

    /** Percolates listing documents straight against the node at the rate; answers {percolations, hits}. */
    private long[] rawPath(double rate, double seconds, Histogram histogram) {
        long period = Math.round(1e9 / rate);
        long count = Math.round(rate * seconds);
        long start = System.nanoTime() + 5_000_000L;
        long hits = 0;
        for (long i = 0; i < count; i++) {
            Listing l = listing();
            String body = percolate(l).toString();
            long due = start + i * period;
            long wait;
            while ((wait = due - System.nanoTime()) > 0) {
                LockSupport.parkNanos(wait);
            }
            Http.Answer answer = http.call("POST", search + "/kretslopp-wanted/_search", body).ok();
            long done = System.nanoTime();
            if (histogram != null) {
                histogram.recordValue(Math.min((done - due) / 1000, histogram.getHighestTrackableValue()));
                hits += answer.json().at("/aggregations/requests/buckets").size();
            }
        }
        return new long[]{count, hits};
    }

    /** The percolate search the service sends for a listing (see WantedQueryBuilder.percolate): keep in sync. */
    private ObjectNode percolate(Listing l) {
        // the listing's words, in the one field the stored queries ask (WantedQueryBuilder.percolated)
        ObjectNode doc = Http.JSON.createObjectNode();
        doc.putArray("match_text").add(l.title()).add(l.category().parentName()).add(l.category().nameSv())
                .add(l.material()).add("Demonterat, helt och rent.");
        ObjectNode body = Http.JSON.createObjectNode();
        body.put("size", 0);
        body.put("track_total_hits", false);
        ObjectNode bool = body.putObject("query").putObject("bool");
        ArrayNode filter = bool.putArray("filter");
        filter.addObject().putObject("percolate").put("field", "query").set("document", doc);
        filter.addObject().putObject("terms").putArray("w_category").add(l.category().parent().toString())
                .add(l.category().id().toString()).add("*");
        bool.putArray("must_not").addObject().putObject("term").put("w_org", SELLER.toString());
        // the requests' own limits, absent ones stored as values every listing meets (WantedQueryBuilder.document)
        atLeast(filter, "w_condition_max", l.condition());
        dimension(filter, "length", l.length());
        dimension(filter, "width", l.width());
        dimension(filter, "height", l.height());
        atLeast(filter, "w_price_max", l.free() ? 0 : l.price());
        filter.addObject().putObject("terms").putArray("w_cells").add(geohash4(l.lat(), l.lon())).add("*");
        body.putObject("aggs").putObject("requests").putObject("terms").put("field", "w_key").put("size", 10_000)
                .put("execution_hint", "map");
        return body;
    }

    private static void dimension(ArrayNode filter, String name, Integer value) {
        if (value != null) {
            filter.addObject().putObject("range").putObject("w_" + name + "_min").put("lte", value);
            atLeast(filter, "w_" + name + "_max", value);
        } else {
            filter.addObject().putObject("range").putObject("w_" + name + "_min").put("lte", -1);
        }
    }

    private static void atLeast(ArrayNode filter, String field, int value) {
        filter.addObject().putObject("range").putObject(field).put("gte", value);
    }

    /** Geohash of precision 4, as the service's GeoCells.cell. */
    static String geohash4(double lat, double lon) {
        String base32 = "0123456789bcdefghjkmnpqrstuvwxyz";
        double[] la = {-90, 90};
        double[] lo = {-180, 180};
        StringBuilder hash = new StringBuilder();
        boolean even = true;
        int bit = 0;
        int ch = 0;
        while (hash.length() < 4) {
            double[] range = even ? lo : la;
            double value = even ? lon : lat;
            double mid = (range[0] + range[1]) / 2;
            if (value >= mid) {
                ch |= 1 << (4 - bit);
                range[0] = mid;
            } else {
                range[1] = mid;
            }
            even = !even;
            if (++bit == 5) {
                hash.append(base32.charAt(ch));
                bit = 0;
                ch = 0;
            }
        }
        return hash.toString();
    }

    /** The service's timers: percolation, recording the matches, and both ({@code kretslopp_wanted_*_seconds}). */
    private static final List<String> TIMERS = List.of("percolation", "recording", "matching");

    /** One of the service's timers: cumulative counts by upper bound (seconds; +Inf last). */
    private Map<Double, Long> buckets(String timer) {
        Map<Double, Long> buckets = new LinkedHashMap<>();
        for (String line : http.getText(management + "/q/metrics").ok().body().split("\n")) {
            if (!line.startsWith("kretslopp_wanted_" + timer + "_seconds_bucket{")) {
                continue;
            }
            int le = line.indexOf("le=\"");
            String bound = line.substring(le + 4, line.indexOf('"', le + 4));
            double value = Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            buckets.put(bound.equals("+Inf") ? Double.POSITIVE_INFINITY : Double.parseDouble(bound), (long) value);
        }
        return buckets;
    }

    /** A quantile (ms) of cumulative bucket counts, interpolated linearly within its bucket. */
    static double quantile(Map<Double, Long> cumulative, double q) {
        long total = cumulative.getOrDefault(Double.POSITIVE_INFINITY, 0L);
        if (total == 0) {
            return Double.NaN;
        }
        double rank = q * total;
        double lower = 0;
        long below = 0;
        for (Map.Entry<Double, Long> e : cumulative.entrySet()) {
            if (e.getValue() >= rank) {
                if (e.getKey().isInfinite()) {
                    return lower * 1000;
                }
                long inBucket = e.getValue() - below;
                double share = inBucket == 0 ? 1 : (rank - below) / inBucket;
                return (lower + share * (e.getKey() - lower)) * 1000;
            }
            lower = e.getKey();
            below = e.getValue();
        }
        return lower * 1000;
    }

    static String markdown(JsonNode r) {
        JsonNode s = r.path("service");
        JsonNode raw = r.path("raw");
        double ratio = s.path("p50").asDouble() / raw.path("p50").asDouble();
        StringBuilder md = new StringBuilder();
        md.append("## Wanted requests: percolation (issue 7)\n\n");
        md.append(String.format("%,d wanted requests (%,d stored queries), seeded and indexed through the outbox in %.0f s.%n",
                r.path("requests").asLong(), r.path("storedQueries").asLong(), r.path("seedAndIndexSeconds").asDouble()));
        md.append(String.format("Rate %.1f listings/s, %d rounds of %.0f s per path. Load before: %s; after: %s.%n%n",
                r.path("rate").asDouble(), r.path("rounds").asInt(), r.path("sliceSeconds").asDouble(),
                r.path("uptimeBefore").asText(), r.path("loadAfter").asText()));
        md.append("| path | percolations | p50 ms | p90 ms | p99 ms | max ms | requests per listing |\n|---|---|---|---|---|---|---|\n");
        md.append(String.format("| service: percolation (build, msearch, exact distance) | %d | %.1f | %.1f | %.1f | %.1f | %.1f matched |%n",
                s.path("percolations").asLong(), s.path("p50").asDouble(), s.path("p90").asDouble(),
                s.path("p99").asDouble(), s.path("p100").asDouble(), s.path("matchesRecordedPerListing").asDouble()));
        md.append(String.format("| raw node (`_search` percolate) | %d | %.1f | %.1f | %.1f | %.1f | %.1f found |%n",
                raw.path("percolations").asLong(), raw.path("p50").asDouble(), raw.path("p90").asDouble(),
                raw.path("p99").asDouble(), raw.path("p100").asDouble(), raw.path("hitsPerListing").asDouble()));
        for (String timer : List.of("recording", "matching")) {
            JsonNode t = r.path("service_" + timer);
            md.append(String.format("| service: %s | %d | %.1f | %.1f | %.1f | %.1f | |%n",
                    timer.equals("recording") ? "recording matches and alerts in PostgreSQL"
                            : "percolation + recording", t.path("percolations").asLong(), t.path("p50").asDouble(),
                    t.path("p90").asDouble(), t.path("p99").asDouble(), t.path("p100").asDouble()));
        }
        md.append('\n');
        md.append(String.format("- p99 target ≤ 50 ms: service %.1f ms (%s), raw %.1f ms (%s)%n",
                s.path("p99").asDouble(), s.path("p99").asDouble() <= 50 ? "met" : "missed",
                raw.path("p99").asDouble(), raw.path("p99").asDouble() <= 50 ? "met" : "missed"));
        md.append(String.format("- service p50 / raw p50 target ≤ 1.5×: %.2f× (%s)%n", ratio, ratio <= 1.5 ? "met" : "missed"));
        md.append("- CPU seconds during the measured rounds: ").append(r.path("cpuSeconds").toString()).append('\n');
        return md.toString();
    }
}
