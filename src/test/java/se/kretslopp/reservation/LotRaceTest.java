package se.kretslopp.reservation;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import se.kretslopp.testsupport.Ledger;
import se.kretslopp.testsupport.Reservations;
import se.kretslopp.testsupport.Stock;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import io.restassured.specification.RequestSpecification;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.kretslopp.testsupport.Api.johan;
import static se.kretslopp.testsupport.Api.lars;
import static se.kretslopp.testsupport.Api.sara;

/**
 * Picks, moves, reservations, cancels and handovers race on one published stored lot. They all lock the lot before
 * its listing (docs/reservations.md#locks), so PostgreSQL finds no deadlock; should one happen anyway, the service
 * retries it. Every answer is a success or a 409/422 that says why, never a 5xx; afterwards the ledger adds up, the
 * stock audit is clean, and what the lot has promised and the listing holds equal what the active reservations hold.
 */
@QuarkusTest
class LotRaceTest {

    private static final int CLIENTS = 24;
    private static final int REQUESTS_PER_CLIENT = 10;

    private record Buyer(String name, Supplier<RequestSpecification> as) {
    }

    @Test
    void everythingAtOnceOnOneStoredLot() throws Exception {
        Stock.Site site = Stock.newSite("Kapplöpning");
        UUID lot = Stock.receive(site.id(), site.a(), 300);
        lars().body(Map.of("fromLocationId", site.a(), "toLocationId", site.b(), "quantity", 150))
                .post("/api/v1/storage/lots/" + lot + "/move").then().statusCode(200);
        String listing = lars().body(Map.of("quantity", 200, "price", Map.of("kind", "FREE"), "visibility", "PUBLIC"))
                .post("/api/v1/storage/lots/" + lot + "/publish").then().statusCode(201).extract().path("id");
        UUID listingId = UUID.fromString(listing);
        List<Buyer> buyers = List.of(new Buyer("sara", () -> sara()), new Buyer("johan", () -> johan()));
        List<UUID> places = List.of(site.a(), site.b());
        long deadlocksBefore = deadlocks();

        ConcurrentLinkedQueue<UUID[]> open = new ConcurrentLinkedQueue<>();
        Map<String, AtomicInteger> statuses = new ConcurrentHashMap<>();
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        List<Future<?>> clients = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            clients.add(pool.submit(() -> {
                start.await();
                ThreadLocalRandom random = ThreadLocalRandom.current();
                for (int r = 0; r < REQUESTS_PER_CLIENT; r++) {
                    int kind = random.nextInt(5);
                    UUID from = places.get(random.nextInt(2));
                    String op;
                    Response response;
                    if (kind == 0) {
                        op = "pick";
                        response = lars().body(Map.of("locationId", from, "quantity", 1 + random.nextInt(2)))
                                .post("/api/v1/storage/lots/" + lot + "/pick");
                    } else if (kind == 1) {
                        op = "move";
                        response = lars().body(Map.of("fromLocationId", from, "toLocationId", places.get(1 - places.indexOf(from)),
                                "quantity", 1 + random.nextInt(3))).post("/api/v1/storage/lots/" + lot + "/move");
                    } else if (kind == 2 || open.isEmpty()) {
                        op = "reserve";
                        int b = random.nextInt(buyers.size());
                        response = buyers.get(b).as().get().header("Idempotency-Key", UUID.randomUUID().toString())
                                .body(Reservations.reserve(listingId, 1 + random.nextInt(3))).post("/api/v1/reservations");
                        if (response.statusCode() == 201) {
                            open.add(new UUID[]{UUID.fromString(response.path("id")), new UUID(0, b)});
                        }
                    } else {
                        UUID[] taken = open.poll();
                        if (taken == null) {
                            continue;
                        }
                        if (kind == 3) {
                            op = "cancel";
                            response = buyers.get((int) taken[1].getLeastSignificantBits()).as().get()
                                    .post("/api/v1/reservations/" + taken[0] + "/cancel");
                        } else {
                            op = "handover";
                            BigDecimal quantity = new BigDecimal(lars().get("/api/v1/reservations/" + taken[0])
                                    .then().statusCode(200).extract().path("quantity").toString());
                            response = lars().body(Map.of("quantity", quantity))
                                    .post("/api/v1/reservations/" + taken[0] + "/handover");
                        }
                    }
                    int status = response.statusCode();
                    statuses.computeIfAbsent(op + " " + status, k -> new AtomicInteger()).incrementAndGet();
                    if (status >= 500 || status >= 400 && status != 409 && status != 422) {
                        failures.add(op + " " + status + " " + response.asString());
                    } else if (status >= 400 && !String.valueOf(response.contentType()).startsWith("application/problem+json")) {
                        failures.add(op + " " + status + " without a problem answer");
                    }
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> client : clients) {
            client.get();
        }
        pool.shutdown();

        assertTrue(failures.isEmpty(), failures.size() + " answers were neither a success nor a clear refusal: "
                + failures.subList(0, Math.min(5, failures.size())) + "; all: " + statuses);
        assertTrue(statuses.keySet().stream().anyMatch(k -> k.startsWith("handover 200")), "some handovers: " + statuses);
        assertTrue(statuses.keySet().stream().anyMatch(k -> k.startsWith("cancel 200")), "some cancels: " + statuses);
        assertTrue(statuses.keySet().stream().anyMatch(k -> k.startsWith("pick 200")), "some picks: " + statuses);
        long raceEnded = System.nanoTime();

        try (Ledger ledger = Ledger.open()) {
            ledger.check(lot, "after the race");
        }
        lars().get("/api/v1/storage/audit").then().statusCode(200).body("consistent", equalTo(true));
        BigDecimal active = decimal("select coalesce(sum(quantity), 0) from reservation where listing_id = ?"
                + " and status in ('REQUESTED', 'CONFIRMED')", listingId);
        assertEquals(0, active.compareTo(decimal("select held from listing where id = ?", listingId)),
                "the listing holds what its active reservations hold");
        assertEquals(0, active.compareTo(decimal("select promised from stock_lot where id = ?", lot)),
                "the lot has promised what the active reservations hold");
        // PostgreSQL's backends report their statistics when idle, at the latest 10 s after (PGSTAT_IDLE_INTERVAL)
        Thread.sleep(Math.max(0, 11_000 - (System.nanoTime() - raceEnded) / 1_000_000));
        assertEquals(0, deadlocks() - deadlocksBefore, "deadlocks PostgreSQL found while the clients ran; " + statuses);
    }

    private static long deadlocks() {
        return ((Number) sql("select deadlocks from pg_stat_database where datname = current_database()")).longValue();
    }

    private static BigDecimal decimal(String query, UUID id) {
        return (BigDecimal) sql(query, id);
    }

    private static Object sql(String query, Object... parameters) {
        try (Ledger db = Ledger.open()) {
            return db.value(query, parameters);
        }
    }
}
