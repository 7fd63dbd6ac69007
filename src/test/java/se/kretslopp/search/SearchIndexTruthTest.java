package se.kretslopp.search;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import se.kretslopp.search.api.ListingDocument;
import se.kretslopp.search.api.ListingDocumentSource;
import se.kretslopp.testsupport.Devstack;
import se.kretslopp.testsupport.DevstackTestResource;
import se.kretslopp.testsupport.Management;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.kretslopp.testsupport.Api.erik;
import static se.kretslopp.testsupport.Api.johan;
import static se.kretslopp.testsupport.Api.listing;
import static se.kretslopp.testsupport.Api.newListing;

/**
 * The index never loses a change: not while the search node is away, not when the outbox is replayed in any
 * order, not during a full reindex. Each test compares the index (read straight from the search node) with
 * PostgreSQL, listing by listing and version by version.
 */
@QuarkusTest
class SearchIndexTruthTest {

    @Inject
    Pool pool;

    @Inject
    ListingIndex index;

    @Inject
    ListingDocumentSource source;

    static String material() {
        return "sann" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    @Test
    void writesGoOnWhileTheSearchNodeIsAwayAndTheIndexCatchesUp() {
        String material = material();
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            ids.add(newListing(johan(), body("Dörr " + i, material)));
        }
        awaitIndexEqualsDatabase(material, 20);

        String control = ConfigProvider.getConfig().getValue(DevstackTestResource.CONTROL_URL, String.class);
        Devstack.control(control, "/parts/search/stop");
        try {
            given().get("/api/v1/search/listings?q=dörr").then().statusCode(503)
                    .contentType("application/problem+json").body("status", equalTo(503));
            given().get("/api/v1/search/suggest?q=dör").then().statusCode(503);
            // 200 changes: 60 new listings, 110 edits, 30 withdrawals; every one acknowledged
            Random random = new Random(4);
            for (int i = 0; i < 60; i++) {
                ids.add(newListing(johan(), body("Ny dörr " + i, material)));
            }
            for (int i = 0; i < 110; i++) {
                UUID id = ids.get(random.nextInt(ids.size()));
                johan().body(body("Ändrad dörr " + i, material)).put("/api/v1/listings/" + id).then().statusCode(200);
            }
            List<UUID> withdrawn = new ArrayList<>(ids.subList(0, 30));
            for (UUID id : withdrawn) {
                johan().delete("/api/v1/listings/" + id).then().statusCode(200);
            }
            // the replica stays ready (it took every write); the dependency checks show the engine away and the backlog
            Management.request().get("/q/health/ready").then().statusCode(200);
            Management.request().get("/q/health/group/dependencies").then().statusCode(503)
                    .body("checks.find { it.name == 'Search outbox' }.data.backlog", greaterThanOrEqualTo(200));
            Management.request().get("/q/metrics").then().statusCode(200)
                    .body(containsString("kretslopp_search_outbox_backlog"))
                    .body(containsString("kretslopp_search_outbox_oldest_age_seconds"));
        } finally {
            Devstack.control(control, "/parts/search/start");
        }
        awaitIndexEqualsDatabase(material, 80);
        // what search shows: the withdrawn are gone, the edits are there
        JsonPath found = given().get("/api/v1/search/listings?size=100&material=" + material).then().statusCode(200)
                .extract().jsonPath();
        assertEquals(50, found.getInt("total"));
    }

    @Test
    void replayingTheOutboxTwiceShuffledOrDeliveringOldStatesLeavesTheIndexEqualToTheDatabase() {
        String material = material();
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            UUID id = newListing(johan(), body("Fönster " + i, material));
            ids.add(id);
            for (int edit = 0; edit < i % 3; edit++) {
                johan().body(body("Fönster " + i + " ändrat " + edit, material)).put("/api/v1/listings/" + id)
                        .then().statusCode(200);
            }
        }
        awaitIndexEqualsDatabase(material, 30);

        // a slow replica delivers old states late: the engine keeps the newer versions
        List<ListingDocument> current = source.byIds(ids).await().atMost(Duration.ofSeconds(10));
        List<ListingDocument> stale = current.stream().filter(d -> d.version() > 0)
                .map(d -> new ListingDocument(d.id(), d.version() - 1, d.organisationId(), d.organisationCode(),
                        d.organisationName(), d.organisationGroup(), d.organisationActive(), d.inventoryItemId(),
                        d.storageSiteId(),
                        d.categoryId(), d.categoryPath(), d.categoryCode(), d.categoryNames(), "INAKTUELL",
                        d.description(), d.material(), d.quantity(), d.unit(), d.lengthMm(), d.widthMm(),
                        d.heightMm(), d.weightPerUnitKg(), d.condition(), d.priceKind(), d.priceSek(), d.city(),
                        d.latitude(), d.longitude(), d.availableFrom(), d.visibility(), d.publicFrom(), d.status(),
                        d.publishedAt(), d.expiresOn(), d.thumbnailUrl()))
                .toList();
        assertEquals(20, stale.size());
        assertTrue(index.bulk(stale, List.of(), List.of(index.alias())).await().atMost(Duration.ofSeconds(10)).isEmpty());

        // the whole outbox of these listings replayed twice, in shuffled order
        List<UUID> replay = new ArrayList<>(ids);
        replay.addAll(ids);
        Collections.shuffle(replay, new Random(7));
        for (UUID id : replay) {
            pool.preparedQuery("insert into search_outbox (entity, entity_id) values ('listing', $1)")
                    .execute(Tuple.of(id)).await().atMost(Duration.ofSeconds(10));
        }
        awaitOutboxEmpty();
        awaitIndexEqualsDatabase(material, 30);
        assertEquals(0, given().get("/api/v1/search/listings?q=INAKTUELL&material=" + material).then()
                .statusCode(200).extract().jsonPath().getInt("total"));
    }

    @Test
    void aFullReindexLosesNoChangeAndNoSearchFails() throws Exception {
        String material = material();
        List<UUID> ids = new CopyOnWriteArrayList<>();
        for (int i = 0; i < 10; i++) {
            ids.add(newListing(johan(), body("Tegel " + i, material)));
        }
        awaitIndexEqualsDatabase(material, 10);
        String before = currentIndex();

        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger searches = new AtomicInteger();
        AtomicInteger writes = new AtomicInteger();
        List<String> failures = new CopyOnWriteArrayList<>();
        ExecutorService clients = Executors.newFixedThreadPool(10);
        List<Future<?>> futures = new ArrayList<>();
        for (int c = 0; c < 10; c++) {
            boolean writer = c % 2 == 0;
            int client = c;
            futures.add(clients.submit(() -> {
                Random random = new Random(client);
                // each writer edits its own listings: two people editing one listing at once is the If-Match case
                List<UUID> own = new ArrayList<>();
                while (running.get()) {
                    if (writer) {
                        if (own.isEmpty() || random.nextBoolean()) {
                            UUID id = newListing(johan(), body("Tegel från klient " + client, material));
                            own.add(id);
                            ids.add(id);
                        } else {
                            UUID id = own.get(random.nextInt(own.size()));
                            int status = johan().body(body("Tegel ändrat av " + client, material))
                                    .put("/api/v1/listings/" + id).statusCode();
                            if (status != 200) {
                                failures.add("write " + status);
                            }
                        }
                        writes.incrementAndGet();
                    } else {
                        int status = given().get("/api/v1/search/listings?q=tegel&material=" + material)
                                .statusCode();
                        if (status != 200) {
                            failures.add("search " + status);
                        }
                        searches.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        try {
            awaitCount(writes, 20);
            erik().post("/api/v1/admin/search/reindex").then().statusCode(200)
                    .body("documents", greaterThanOrEqualTo(10));
            int afterSwap = writes.get();
            awaitCount(writes, afterSwap + 20);
        } finally {
            running.set(false);
            clients.shutdown();
            assertTrue(clients.awaitTermination(60, TimeUnit.SECONDS));
        }
        for (Future<?> future : futures) {
            future.get();
        }
        assertEquals(List.of(), failures);
        assertTrue(searches.get() > 0);
        assertTrue(!before.equals(currentIndex()), "the alias names a new index");
        awaitIndexEqualsDatabase(material, ids.size());
        johan().get("/api/v1/listings?size=1").then().statusCode(200);
        // only administrators rebuild the index
        johan().post("/api/v1/admin/search/reindex").then().statusCode(403);
        given().post("/api/v1/admin/search/reindex").then().statusCode(401);
    }

    @Test
    void aReindexWhileAnotherRunsIsRefusedWith409() throws Exception {
        var config = ConfigProvider.getConfig();
        try (java.sql.Connection other = java.sql.DriverManager.getConnection(
                config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getOptionalValue("quarkus.datasource.password", String.class).orElse(""))) {
            // another replica's reindex holds the index lock
            other.createStatement().execute("select pg_advisory_lock(" + ListingIndex.LOCK_KEY + ")");
            erik().post("/api/v1/admin/search/reindex").then().statusCode(409)
                    .contentType("application/problem+json").body("detail", containsString("being rebuilt"));
            other.createStatement().execute("select pg_advisory_unlock(" + ListingIndex.LOCK_KEY + ")");
        }
        erik().post("/api/v1/admin/search/reindex").then().statusCode(200);
    }

    /** The clean-up 30 s after every swap holds the lock for a moment: a reindex then waits instead of a 409. */
    @Test
    void aReindexWaitsForALockHeldOnlyForAMoment() throws Exception {
        var config = ConfigProvider.getConfig();
        try (java.sql.Connection other = java.sql.DriverManager.getConnection(
                config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getOptionalValue("quarkus.datasource.password", String.class).orElse(""))) {
            other.createStatement().execute("select pg_advisory_lock(" + ListingIndex.LOCK_KEY + ")");
            var reindex = java.util.concurrent.CompletableFuture.supplyAsync(
                    () -> erik().post("/api/v1/admin/search/reindex").statusCode());
            // the lock is let go well within the wait (ListingIndex.REINDEX_LOCK_WAIT, 5 s)
            Thread.sleep(1500);
            assertTrue(!reindex.isDone(), "the reindex waits while the lock is held");
            other.createStatement().execute("select pg_advisory_unlock(" + ListingIndex.LOCK_KEY + ")");
            assertEquals(200, reindex.get(120, TimeUnit.SECONDS));
        }
    }

    @Test
    void reindexingTwiceInARowKeepsTheLiveIndexAndCleansUpTheOldOnes() {
        String material = material();
        newListing(johan(), body("Klinker", material));
        awaitIndexEqualsDatabase(material, 1);
        erik().post("/api/v1/admin/search/reindex").then().statusCode(200);
        erik().post("/api/v1/admin/search/reindex").then().statusCode(200);
        String live = currentIndex();
        // the first swap's clean-up runs 30 s later and must spare the index the second swap put live
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        List<String> indexes = List.of();
        while (System.nanoTime() < deadline) {
            indexes = given().baseUri(searchUrl()).get("/_cat/indices/" + index.alias() + "-2*?format=json&h=index")
                    .then().statusCode(200).extract().jsonPath().getList("index");
            if (indexes.equals(List.of(live))) {
                break;
            }
            pause();
        }
        assertEquals(List.of(live), indexes);
        assertEquals(live, currentIndex());
        awaitIndexEqualsDatabase(material, 1);
        given().get("/api/v1/search/listings?material=" + material).then().statusCode(200).body("total", equalTo(1));
    }

    private static Map<String, Object> body(String title, String material) {
        Map<String, Object> body = listing(title);
        body.put("material", material);
        return body;
    }

    private static void awaitCount(AtomicInteger counter, int atLeast) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (counter.get() < atLeast && System.nanoTime() < deadline) {
            pause();
        }
        assertTrue(counter.get() >= atLeast, "only " + counter.get() + " operations");
    }

    private String currentIndex() {
        return given().baseUri(searchUrl()).get("/_alias/" + index.alias()).then().statusCode(200).extract()
                .jsonPath().getMap("$").keySet().iterator().next().toString();
    }

    private void awaitOutboxEmpty() {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        long backlog = -1;
        while (System.nanoTime() < deadline) {
            backlog = pool.query("select count(*) from search_outbox").execute()
                    .await().atMost(Duration.ofSeconds(10)).iterator().next().getLong(0);
            if (backlog == 0) {
                return;
            }
            pause();
        }
        throw new AssertionError("the outbox still holds " + backlog + " rows");
    }

    /** Waits until the index holds exactly the database's listings of this material, each at its version. */
    private void awaitIndexEqualsDatabase(String material, int expected) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        Map<String, Integer> database = Map.of();
        Map<String, Integer> indexed = Map.of();
        while (System.nanoTime() < deadline) {
            database = databaseVersions(material);
            indexed = indexedVersions(material);
            if (database.size() == expected && database.equals(indexed)) {
                return;
            }
            pause();
        }
        Map<String, String> differences = new HashMap<>();
        Set<String> all = new java.util.TreeSet<>(database.keySet());
        all.addAll(indexed.keySet());
        for (String id : all) {
            if (!java.util.Objects.equals(database.get(id), indexed.get(id))) {
                differences.put(id, "database " + database.get(id) + ", index " + indexed.get(id));
            }
        }
        throw new AssertionError("index differs from the database (" + database.size() + " listings, expected "
                + expected + "): " + differences);
    }

    private Map<String, Integer> databaseVersions(String material) {
        Map<String, Integer> versions = new ConcurrentHashMap<>();
        for (Row row : pool.preparedQuery("select id, version from listing where material = $1")
                .execute(Tuple.of(material)).await().atMost(Duration.ofSeconds(10))) {
            versions.put(row.getUUID("id").toString(), row.getInteger("version"));
        }
        return versions;
    }

    private Map<String, Integer> indexedVersions(String material) {
        Map<String, Integer> versions = new HashMap<>();
        String query = "{\"size\": 1000, \"version\": true, \"_source\": false,"
                + " \"query\": {\"term\": {\"material.keyword\": \"" + material + "\"}}}";
        var response = given().baseUri(searchUrl()).contentType("application/json").body(query)
                .post("/" + index.alias() + "/_search?request_cache=false");
        if (response.statusCode() != 200) {
            return versions;
        }
        for (Map<String, Object> hit : response.jsonPath().<Map<String, Object>>getList("hits.hits")) {
            versions.put((String) hit.get("_id"), ((Number) hit.get("_version")).intValue());
        }
        return versions;
    }

    private static String searchUrl() {
        return "http://" + ConfigProvider.getConfig().getValue("quarkus.elasticsearch.hosts", String.class);
    }

    private static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
