package se.kretslopp.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Seeds the listings in one transaction, times how long the service's outbox relay takes to carry them into the
 * index, then times a raw {@code _bulk} of the same documents into a fresh index with the same settings and mappings,
 * in batches of the relay's size, one request at a time as the relay sends them.
 */
final class Indexing {

    static final String RAW_INDEX = "raw-bench";

    private final Http http = new Http();
    private final String search;
    private final String alias;
    private final String jdbcUrl;
    private final String dbUser;
    private final String dbPassword;
    private final int batchSize;
    private final Machine machine;

    Indexing(String search, String alias, String jdbcUrl, String dbUser, String dbPassword, int batchSize,
             Machine machine) {
        this.search = search;
        this.alias = alias;
        this.jdbcUrl = jdbcUrl;
        this.dbUser = dbUser;
        this.dbPassword = dbPassword;
        this.batchSize = batchSize;
        this.machine = machine;
    }

    ObjectNode run(Path listingsSql, double maxLoad, int maxWait) throws Exception {
        ObjectNode result = Http.JSON.createObjectNode();
        result.put("batchSize", batchSize);
        String[] statements = Files.readString(listingsSql, StandardCharsets.UTF_8).split("\n--;;\n");

        result.put("loadBefore", Machine.waitForQuiet(maxLoad, maxWait, "seeding"));
        long listings;
        long outboxRows;
        long committedAt;
        try (Connection db = DriverManager.getConnection(jdbcUrl, dbUser, dbPassword)) {
            db.setAutoCommit(false);
            long seedStart = System.nanoTime();
            for (String statement : statements) {
                try (Statement st = db.createStatement()) {
                    st.execute(statement);
                }
            }
            db.commit();
            committedAt = System.nanoTime();
            result.put("seedSeconds", seconds(committedAt - seedStart));
            db.setAutoCommit(true);
            listings = count(db, "select count(*) from listing");
            Log.info("seeded %d listings in %.1f s (one transaction); the outbox relay takes over", listings,
                    seconds(committedAt - seedStart));
        }
        result.put("listings", listings);

        // --- the service's outbox relay -----------------------------------------------------------------------
        Map<String, Double> cpuBefore = machine.cpu();
        ArrayNode progress = result.putArray("outboxProgress");
        try (Connection db = DriverManager.getConnection(jdbcUrl, dbUser, dbPassword)) {
            outboxRows = count(db, "select count(*) from search_outbox");
            long lastLog = 0;
            while (true) {
                long left = count(db, "select count(*) from search_outbox");
                long now = System.nanoTime();
                if (now - lastLog > 5_000_000_000L || left == 0) {
                    progress.addObject().put("seconds", round(seconds(now - committedAt))).put("backlog", left);
                    Log.info("outbox backlog %d after %.1f s", left, seconds(now - committedAt));
                    lastLog = now;
                }
                if (left == 0) {
                    break;
                }
                Machine.sleep(250);
            }
        }
        long drainedAt = System.nanoTime();
        Map<String, Double> cpuAfter = machine.cpu();
        double outboxSeconds = seconds(drainedAt - committedAt);
        http.call("POST", search + "/" + alias + "/_refresh", null).ok();
        long indexed = http.get(search + "/" + alias + "/_count").ok().json().path("count").asLong();
        result.put("outboxRows", outboxRows);
        result.put("outboxSeconds", round(outboxSeconds));
        result.put("outboxDocsPerSecond", round(listings / outboxSeconds));
        result.put("indexedByService", indexed);
        result.set("outboxCpuSeconds", Http.JSON.valueToTree(Machine.diff(cpuBefore, cpuAfter)));
        Log.info("outbox relay: %d documents in %.1f s = %.0f docs/s (index holds %d)", listings, outboxSeconds,
                listings / outboxSeconds, indexed);
        if (indexed != listings) {
            throw new IllegalStateException("the service's index holds " + indexed + " documents, PostgreSQL "
                    + listings + " listings");
        }

        // --- the same documents, straight to the engine --------------------------------------------------------
        List<String> bodies = rawBatches();
        createRawIndex();
        result.put("loadBeforeRaw", Machine.waitForQuiet(maxLoad, maxWait, "the raw _bulk"));
        cpuBefore = machine.cpu();
        long rawStart = System.nanoTime();
        for (String body : bodies) {
            JsonNode answer = http.call("POST", search + "/_bulk", body).ok().json();
            if (answer.path("errors").asBoolean(false)) {
                throw new IllegalStateException("raw _bulk reported errors: "
                        + answer.path("items").path(0).toString());
            }
        }
        long rawEnd = System.nanoTime();
        cpuAfter = machine.cpu();
        double rawSeconds = seconds(rawEnd - rawStart);
        http.call("POST", search + "/" + RAW_INDEX + "/_refresh", null).ok();
        long rawIndexed = http.get(search + "/" + RAW_INDEX + "/_count").ok().json().path("count").asLong();
        result.put("rawRequests", bodies.size());
        result.put("rawSeconds", round(rawSeconds));
        result.put("rawDocsPerSecond", round(rawIndexed / rawSeconds));
        result.put("indexedRaw", rawIndexed);
        result.set("rawCpuSeconds", Http.JSON.valueToTree(Machine.diff(cpuBefore, cpuAfter)));
        result.put("ratio", round((listings / outboxSeconds) / (rawIndexed / rawSeconds)));
        Log.info("raw _bulk: %d documents in %.1f s = %.0f docs/s; outbox/raw = %.2f", rawIndexed, rawSeconds,
                rawIndexed / rawSeconds, (listings / outboxSeconds) / (rawIndexed / rawSeconds));
        http.call("DELETE", search + "/" + RAW_INDEX, null).ok();
        return result;
    }

    /** The service's documents, read back from its index in id order, as _bulk bodies like the relay's. */
    private List<String> rawBatches() {
        List<String> bodies = new ArrayList<>();
        StringBuilder body = new StringBuilder();
        int inBody = 0;
        JsonNode after = null;
        while (true) {
            ObjectNode query = Http.JSON.createObjectNode();
            query.put("size", 5000).put("version", true).put("track_total_hits", false);
            query.putObject("query").putObject("match_all");
            query.putArray("sort").addObject().put("id", "asc");
            if (after != null) {
                query.set("search_after", after);
            }
            JsonNode hits = http.call("POST", search + "/" + alias + "/_search", query.toString()).ok().json()
                    .at("/hits/hits");
            if (hits.size() == 0) {
                break;
            }
            for (JsonNode hit : hits) {
                ObjectNode meta = Http.JSON.createObjectNode();
                // exactly the relay's action line (ListingIndex.bulk): external version
                meta.putObject("index").put("_index", RAW_INDEX).put("_id", hit.path("_id").asText())
                        .put("version", hit.path("_version").asLong()).put("version_type", "external");
                body.append(meta).append('\n').append(hit.path("_source")).append('\n');
                if (++inBody == batchSize) {
                    bodies.add(body.toString());
                    body.setLength(0);
                    inBody = 0;
                }
                after = hit.path("sort");
            }
        }
        if (inBody > 0) {
            bodies.add(body.toString());
        }
        return bodies;
    }

    /** raw-bench with the settings (less what the engine sets itself) and mappings of the service's index. */
    private void createRawIndex() {
        JsonNode settings = first(http.get(search + "/" + alias + "/_settings").ok().json()).at("/settings/index");
        JsonNode mappings = first(http.get(search + "/" + alias + "/_mapping").ok().json()).path("mappings");
        ObjectNode index = settings.deepCopy();
        for (String generated : List.of("uuid", "version", "creation_date", "provided_name")) {
            index.remove(generated);
        }
        ObjectNode definition = Http.JSON.createObjectNode();
        definition.putObject("settings").set("index", index);
        definition.set("mappings", mappings);
        http.call("DELETE", search + "/" + RAW_INDEX, null);
        http.call("PUT", search + "/" + RAW_INDEX, definition.toString()).ok();
        http.get(search + "/_cluster/health/" + RAW_INDEX + "?wait_for_status=yellow&timeout=30s").ok();
    }

    private static JsonNode first(JsonNode byIndex) {
        Iterator<JsonNode> it = byIndex.elements();
        if (!it.hasNext()) {
            throw new IllegalStateException("no index behind the alias");
        }
        return it.next();
    }

    private static long count(Connection db, String sql) throws SQLException {
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static double seconds(long nanos) {
        return nanos / 1e9;
    }

    static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
