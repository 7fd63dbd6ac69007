package se.kretslopp.storage;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import se.kretslopp.testsupport.Ledger;
import se.kretslopp.testsupport.Stock;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.kretslopp.testsupport.Api.lars;

/**
 * Fifty clients move and pick from the same three lots at once, promising and releasing too. Afterwards the ledger
 * holds: nothing negative, nothing over-promised, movements adding up to the balances, and exactly what was
 * received minus what the successful picks took. Every refusal is a 409 that says why.
 */
@QuarkusTest
class StockConcurrencyTest {

    private static final int CLIENTS = 50;
    private static final int REQUESTS_PER_CLIENT = 12;

    @Test
    void fiftyClientsOnTheSameLots() throws Exception {
        Stock.Site site = Stock.newSite("Concurrency");
        List<UUID> places = List.of(site.a(), site.b(), site.yard());
        List<UUID> lots = List.of(Stock.receive(site.id(), site.a(), 20), Stock.receive(site.id(), site.b(), 20),
                Stock.receive(site.id(), site.yard(), 20));
        Map<UUID, BigDecimal> picked = new ConcurrentHashMap<>();
        Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        List<String> badRefusals = java.util.Collections.synchronizedList(new ArrayList<>());
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        List<Future<?>> clients = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            clients.add(pool.submit(() -> {
                start.await();
                ThreadLocalRandom random = ThreadLocalRandom.current();
                for (int r = 0; r < REQUESTS_PER_CLIENT; r++) {
                    UUID lot = lots.get(random.nextInt(lots.size()));
                    UUID from = places.get(random.nextInt(places.size()));
                    UUID to = places.get((places.indexOf(from) + 1 + random.nextInt(2)) % places.size());
                    int quantity = 1 + random.nextInt(4);
                    Response response;
                    int kind = random.nextInt(10);
                    if (kind < 5) {
                        response = lars().body(Map.of("fromLocationId", from, "toLocationId", to, "quantity", quantity))
                                .post("/api/v1/storage/lots/" + lot + "/move");
                    } else if (kind < 8) {
                        response = lars().body(Map.of("locationId", from, "quantity", quantity, "reason", "Hämtat"))
                                .post("/api/v1/storage/lots/" + lot + "/pick");
                        if (response.statusCode() == 200) {
                            picked.merge(lot, BigDecimal.valueOf(quantity), BigDecimal::add);
                        }
                    } else if (kind < 9) {
                        response = lars().body(Map.of("quantity", quantity)).post("/api/test/storage/lots/" + lot + "/promise");
                    } else {
                        response = lars().body(Map.of("quantity", quantity)).post("/api/test/storage/lots/" + lot + "/release");
                    }
                    statuses.computeIfAbsent(response.statusCode(), k -> new AtomicInteger()).incrementAndGet();
                    if (response.statusCode() != 200) {
                        String detail = response.path("detail");
                        if (response.statusCode() != 409 || detail == null || detail.isBlank()) {
                            badRefusals.add(response.statusCode() + " " + response.asString());
                        }
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

        System.out.println("Concurrency: " + statuses);
        assertTrue(badRefusals.isEmpty(), "every refusal is a 409 with a reason: " + badRefusals);
        assertTrue(statuses.get(200).get() > 0 && statuses.containsKey(409), "both outcomes occurred: " + statuses);
        assertEquals(CLIENTS * REQUESTS_PER_CLIENT, statuses.values().stream().mapToInt(AtomicInteger::get).sum());
        try (Ledger ledger = Ledger.open()) {
            for (UUID lot : lots) {
                Ledger.State state = ledger.check(lot, "lot " + lot);
                assertEquals(0, new BigDecimal(20).subtract(picked.getOrDefault(lot, BigDecimal.ZERO))
                        .compareTo(state.onHand()), "received minus picked is on hand: " + state);
                assertFalse(state.movements() < 1);
            }
        }
        lars().get("/api/v1/storage/audit").then().statusCode(200).body("consistent", equalTo(true));
    }
}
