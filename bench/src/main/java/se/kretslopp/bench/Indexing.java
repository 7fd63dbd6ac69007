package se.kretslopp.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Seeds the listings in one transaction, times how long the service's outbox relay takes to carry them into the
 * index, then times a raw {@code _bulk} of the same documents into a fresh index with the same settings and mappings,
 * in batches of the relay's size, one request at a time as the relay sends them.
 *
 * <p>Both are measured warm: first a separate set of warm-up listings goes the same two ways (through the relay,
 * and as a raw bulk into a scratch index), so that the JIT of the service, of the search node and of the bench tool
 * has done its work; then the warm-up listings are deleted from PostgreSQL (no trigger fires on delete) and the
 * service's alias is moved to a new, empty index with the same settings and mappings, so that the measured relay
 * writes into an empty index exactly like the raw bulk does.
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

    ObjectNode run(Path listingsSql, Path warmupSql, double maxLoad, int maxWait) throws Exception {
        ObjectNode result = Http.JSON.createObjectNode();
        result.put("batchSize", batchSize);

        if (warmupSql != null) {
            Log.info("warm-up: listings through the relay and a raw bulk (not the measured figures)");
            ObjectNode warmup = result.putObject("warmup");
            seed(warmupSql, warmup);
            drain(warmup);
            rawBulk(warmup);
            emptyIndexAndDatabase("the warm-up listings (" + warmup.path("listings").asLong() + ")");
        }

        // Other work on the machine can take a core away in the middle of a measurement: an attempt during which
        // other processes used more than a tenth of the machine's CPU is repeated (from an empty index again), up to
        // maxAttempts times, and the least disturbed attempt is reported; every attempt is kept in the JSON.
        ArrayNode attempts = result.putArray("attempts");
        ObjectNode best = null;
        for (int attempt = 1; attempt <= maxAttempts; attempt++) {
            if (attempt > 1) {
                emptyIndexAndDatabase("attempt " + attempt);
            }
            ObjectNode a = attempts.addObject();
            a.put("attempt", attempt);
            a.put("loadBefore", Machine.waitForQuiet(maxLoad, maxWait, "seeding"));
            seed(listingsSql, a);
            drain(a);
            a.put("loadBeforeRaw", Machine.waitForQuiet(maxLoad, maxWait, "the raw _bulk"));
            rawBulk(a);
            double outbox = a.path("listings").asLong() / a.path("outboxSeconds").asDouble();
            a.put("ratio", round(outbox / a.path("rawDocsPerSecond").asDouble()));
            double others = Math.max(othersShare(a.path("outboxCpuSeconds"), a.path("outboxSeconds").asDouble()),
                    othersShare(a.path("rawCpuSeconds"), a.path("rawSeconds").asDouble()));
            a.put("othersShare", round(others));
            Log.info("attempt %d: outbox/raw = %.2f; other processes used up to %.0f %% of the machine", attempt,
                    a.path("ratio").asDouble(), 100 * others);
            if (best == null || others < best.path("othersShare").asDouble()) {
                best = a;
            }
            if (others <= 0.10) {
                break;
            }
        }
        best.fields().forEachRemaining(e -> result.set(e.getKey(), e.getValue()));
        return result;
    }

    private int maxAttempts = 3;

    Indexing maxAttempts(int attempts) {
        this.maxAttempts = attempts;
        return this;
    }

    /** The share of the machine's CPU that processes other than the ones under test used. */
    private static double othersShare(JsonNode cpu, double seconds) {
        return Math.max(0, cpu.path("others").asDouble())
                / (Runtime.getRuntime().availableProcessors() * seconds);
    }

    /**
     * Inserts the listings of the file in one transaction; notes when it committed (the relay starts then). The file
     * is read statement by statement (chunks of 1,000 listings), so that a million listings need no more memory
     * than a thousand.
     */
    private void seed(Path sql, ObjectNode result) throws Exception {
        long before;
        try (Connection db = DriverManager.getConnection(jdbcUrl, dbUser, dbPassword);
             BufferedReader in = Files.newBufferedReader(sql, StandardCharsets.UTF_8)) {
            before = count(db, "select count(*) from listing");
            db.setAutoCommit(false);
            long seedStart = System.nanoTime();
            StringBuilder statement = new StringBuilder();
            for (String line = in.readLine(); ; line = in.readLine()) {
                if (line == null || line.equals("--;;")) {
                    if (!statement.isEmpty()) {
                        try (Statement st = db.createStatement()) {
                            st.execute(statement.toString());
                        }
                        statement.setLength(0);
                    }
                    if (line == null) {
                        break;
                    }
                } else {
                    statement.append(line).append('\n');
                }
            }
            db.commit();
            committedAt = System.nanoTime();
            result.put("seedSeconds", round(seconds(committedAt - seedStart)));
            db.setAutoCommit(true);
            long listings = count(db, "select count(*) from listing") - before;
            result.put("listings", listings);
            Log.info("seeded %d listings in %.1f s (one transaction); the outbox relay takes over", listings,
                    seconds(committedAt - seedStart));
        }
    }

    private long committedAt;

    /** Waits until the relay has emptied the outbox; the time from the commit is the relay's. */
    private void drain(ObjectNode result) throws Exception {
        long listings = result.path("listings").asLong();
        long outboxRows;
        Map<String, Double> cpuBefore;
        ArrayNode progress = result.putArray("outboxProgress");
        try (Connection db = DriverManager.getConnection(jdbcUrl, dbUser, dbPassword)) {
            cpuBefore = machine.cpu();
            outboxRows = count(db, "select count(*) from search_outbox");
            long lastLog = 0;
            while (true) {
                // counting a long outbox (a sequential scan) costs PostgreSQL time the relay needs: between the
                // progress lines only the span of ids still waiting is read, from the primary key's two ends
                long span = count(db, "select coalesce(max(id) - min(id) + 1, 0) from search_outbox");
                long now = System.nanoTime();
                if (now - lastLog > 5_000_000_000L || span == 0) {
                    long left = count(db, "select count(*) from search_outbox");
                    progress.addObject().put("seconds", round(seconds(now - committedAt))).put("backlog", left);
                    Log.info("outbox backlog %d after %.1f s", left, seconds(now - committedAt));
                    lastLog = now;
                    if (left == 0) {
                        break;
                    }
                }
                Machine.sleep(span > 20_000 ? 1000 : 250);
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
                    + listings + " new listings");
        }
    }

    /**
     * The documents of the service's index, straight to the engine: into a fresh raw-bench, batch after batch. The
     * batches are written to a scratch file first and read back one at a time while timed (a million documents do
     * not fit the tool's heap).
     */
    private void rawBulk(ObjectNode result) throws IOException {
        Path batches = Files.createTempFile("kretslopp-raw-bulk", ".bin");
        try {
            int requests = rawBatches(batches);
            createRawIndex();
            Map<String, Double> cpuBefore = machine.cpu();
            long rawStart = System.nanoTime();
            try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(batches),
                    1 << 20))) {
                for (int i = 0; i < requests; i++) {
                    byte[] body = new byte[in.readInt()];
                    in.readFully(body);
                    JsonNode answer = http.call("POST", search + "/_bulk", new String(body, StandardCharsets.UTF_8))
                            .ok().json();
                    if (answer.path("errors").asBoolean(false)) {
                        throw new IllegalStateException("raw _bulk reported errors: "
                                + answer.path("items").path(0).toString());
                    }
                }
            }
            long rawEnd = System.nanoTime();
            Map<String, Double> cpuAfter = machine.cpu();
            double rawSeconds = seconds(rawEnd - rawStart);
            http.call("POST", search + "/" + RAW_INDEX + "/_refresh", null).ok();
            long rawIndexed = http.get(search + "/" + RAW_INDEX + "/_count").ok().json().path("count").asLong();
            result.put("rawRequests", requests);
            result.put("rawSeconds", round(rawSeconds));
            result.put("rawDocsPerSecond", round(rawIndexed / rawSeconds));
            result.put("indexedRaw", rawIndexed);
            result.set("rawCpuSeconds", Http.JSON.valueToTree(Machine.diff(cpuBefore, cpuAfter)));
            Log.info("raw _bulk: %d documents in %.1f s = %.0f docs/s", rawIndexed, rawSeconds,
                    rawIndexed / rawSeconds);
            http.call("DELETE", search + "/" + RAW_INDEX, null).ok();
        } finally {
            Files.deleteIfExists(batches);
        }
    }

    private int freshIndexes;

    /**
     * Takes the listings out again: from PostgreSQL (no trigger fires on delete), and by moving the service's alias
     * to a new, empty index with the same definition (the relay writes through the alias), deleting the old one.
     */
    private void emptyIndexAndDatabase(String what) throws Exception {
        try (Connection db = DriverManager.getConnection(jdbcUrl, dbUser, dbPassword);
             Statement st = db.createStatement()) {
            st.execute("delete from listing");
            if (count(db, "select count(*) from search_outbox") != 0) {
                throw new IllegalStateException("the outbox is not empty after the warm-up");
            }
        }
        JsonNode settingsByIndex = http.get(search + "/" + alias + "/_settings").ok().json();
        String old = settingsByIndex.fieldNames().next();
        String fresh = alias + "-bench-" + (++freshIndexes);
        http.call("PUT", search + "/" + fresh, definition().toString()).ok();
        http.get(search + "/_cluster/health/" + fresh + "?wait_for_status=yellow&timeout=30s").ok();
        ObjectNode actions = Http.JSON.createObjectNode();
        ArrayNode list = actions.putArray("actions");
        list.addObject().putObject("remove").put("index", old).put("alias", alias);
        list.addObject().putObject("add").put("index", fresh).put("alias", alias);
        http.call("POST", search + "/_aliases", actions.toString()).ok();
        http.call("DELETE", search + "/" + old, null).ok();
        Log.info("removed %s: PostgreSQL emptied, alias %s moved from %s to the empty %s", what, alias, old, fresh);
    }

    /**
     * The service's documents, read back from its index in id order, as _bulk bodies like the relay's, into the file
     * (each body: its length, then its UTF-8 bytes); answers how many bodies.
     */
    private int rawBatches(Path file) throws IOException {
        int bodies = 0;
        StringBuilder body = new StringBuilder();
        int inBody = 0;
        JsonNode after = null;
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file),
                1 << 20))) {
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
                        write(out, body);
                        bodies++;
                        inBody = 0;
                    }
                    after = hit.path("sort");
                }
            }
            if (inBody > 0) {
                write(out, body);
                bodies++;
            }
        }
        return bodies;
    }

    private static void write(DataOutputStream out, StringBuilder body) throws IOException {
        byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
        body.setLength(0);
    }

    /** raw-bench with the definition of the service's index. */
    private void createRawIndex() {
        ObjectNode definition = definition();
        http.call("DELETE", search + "/" + RAW_INDEX, null);
        http.call("PUT", search + "/" + RAW_INDEX, definition.toString()).ok();
        http.get(search + "/_cluster/health/" + RAW_INDEX + "?wait_for_status=yellow&timeout=30s").ok();
    }

    /** The settings (less what the engine sets itself) and mappings of the index behind the service's alias. */
    private ObjectNode definition() {
        JsonNode settings = first(http.get(search + "/" + alias + "/_settings").ok().json()).at("/settings/index");
        JsonNode mappings = first(http.get(search + "/" + alias + "/_mapping").ok().json()).path("mappings");
        ObjectNode index = settings.deepCopy();
        for (String generated : List.of("uuid", "version", "creation_date", "provided_name")) {
            index.remove(generated);
        }
        ObjectNode definition = Http.JSON.createObjectNode();
        definition.putObject("settings").set("index", index);
        definition.set("mappings", mappings);
        return definition;
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
