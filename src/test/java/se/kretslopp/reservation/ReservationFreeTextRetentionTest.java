package se.kretslopp.reservation;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import se.kretslopp.testsupport.Ledger;
import se.kretslopp.testsupport.Reservations;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.kretslopp.testsupport.Api.johan;
import static se.kretslopp.testsupport.Api.sara;

/**
 * The free text of reservations that ended two years ago is removed by {@link ReservationFreeTextRetention}; what
 * was reserved and handed over stays, and so does the text of reservations that are still running or ended
 * recently. The service's own scheduler may run the job while the test does: it is one more replica.
 */
@QuarkusTest
class ReservationFreeTextRetentionTest {

    private static final String OLD = "now() - interval '800 days'";

    @Inject
    ReservationFreeTextRetention retention;

    @Test
    void theFreeTextOfReservationsThatEndedTwoYearsAgoIsRemoved() {
        UUID listing = Reservations.listingOf("Gammal reservation " + UUID.randomUUID(), 10);
        String rejected = reserve(listing, "Kan hämta på fredag, ring 070-1234567");
        johan().body(Map.of("reason", "Redan lovad till en granne")).post("/api/v1/reservations/" + rejected + "/reject")
                .then().statusCode(200);
        String cancelled = reserve(listing, "Behöver dem till sommarstugan");
        sara().post("/api/v1/reservations/" + cancelled + "/cancel").then().statusCode(200);
        String handedOver = reserve(listing, "Hämtar med släp");
        johan().body(Map.of("quantity", 1, "destinationProject", "Villa Andersson",
                        "destinationAddress", "Storgatan 3, Kalmar"))
                .post("/api/v1/reservations/" + handedOver + "/handover").then().statusCode(200);
        String running = reserve(listing, "Fortfarande aktuell");
        String recentlyRejected = reserve(listing, "Nyligen avböjd");
        johan().body(Map.of("reason", "Fel mått")).post("/api/v1/reservations/" + recentlyRejected + "/reject")
                .then().statusCode(200);

        try (Ledger db = Ledger.open()) {
            for (String id : List.of(rejected, cancelled, handedOver, running)) {
                db.execute("update reservation set updated_at = " + OLD + " where id = ?", UUID.fromString(id));
            }
            drain();

            for (String id : List.of(rejected, cancelled, handedOver)) {
                assertNull(column(db, id, "message"), "the buyer's message of " + id);
                assertNotNull(column(db, id, "free_text_removed_at"), "marked " + id);
            }
            assertNull(column(db, rejected, "reject_reason"));
            assertEquals("REJECTED", column(db, rejected, "status"), "what happened stays");
            assertNull(column(db, handedOver, "destination_project"));
            assertNull(column(db, handedOver, "destination_address"));
            assertEquals("HANDED_OVER", column(db, handedOver, "status"));
            assertEquals(0, ((Number) db.value("select count(*) from handover_record where reservation_id = ?"
                    + " and (destination_project is not null or destination_address is not null)",
                    UUID.fromString(handedOver))).intValue(), "the handover record's copy goes too");
            assertEquals(1, ((Number) db.value("select quantity from handover_record where reservation_id = ?",
                    UUID.fromString(handedOver))).intValue(), "what was handed over stays");

            assertEquals("Fortfarande aktuell", column(db, running, "message"), "a running reservation keeps its text");
            assertNull(column(db, running, "free_text_removed_at"));
            assertEquals("Nyligen avböjd", column(db, recentlyRejected, "message"), "one that ended lately too");
            assertEquals("Fel mått", column(db, recentlyRejected, "reject_reason"));

            Object removedAt = column(db, rejected, "free_text_removed_at");
            drain();
            assertEquals(removedAt, column(db, rejected, "free_text_removed_at"), "a row is visited once");
        }
        sara().get("/api/v1/reservations/" + rejected).then().statusCode(200)
                .body("status", equalTo("REJECTED"))
                .body("message", nullValue())
                .body("rejectReason", nullValue());
    }

    @Test
    void replicasShareTheWorkAndEachRunIsBounded() throws Exception {
        UUID listing = Reservations.listingOf("Många gamla reservationer " + UUID.randomUUID(), 1);
        String buyer = "retention-" + UUID.randomUUID();
        int total = 2 * ReservationFreeTextRetention.BATCH + 200;
        try (Ledger db = Ledger.open()) {
            db.execute("""
                    insert into reservation (id, listing_id, seller_organisation_id, buyer_organisation_id,
                        buyer_username, quantity, message, status, expires_at, created_at, updated_at)
                    select gen_random_uuid(), l.id, l.organisation_id, o.id, ?, 1, 'Ett gammalt meddelande',
                        'CANCELLED', %1$s, %1$s, %1$s
                    from listing l, organisation o, generate_series(1, ?)
                    where l.id = ? and o.code = 'smalandsbygg'""".formatted(OLD), buyer, total, listing);

            CountDownLatch start = new CountDownLatch(1);
            ExecutorService replicas = Executors.newFixedThreadPool(4);
            List<Future<Integer>> runs = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                runs.add(replicas.submit(() -> {
                    start.await();
                    return run();
                }));
            }
            start.countDown();
            for (Future<Integer> run : runs) {
                int n = run.get();
                assertTrue(n <= ReservationFreeTextRetention.BATCH, "a run clears at most a batch: " + n);
            }
            replicas.shutdown();
            drain();

            assertEquals(0L, ((Number) db.value("select count(*) from reservation where buyer_username = ?"
                    + " and (message is not null or free_text_removed_at is null)", buyer)).longValue(), "all cleared");
            assertEquals(0L, ((Number) db.value("select count(*) from reservation where buyer_username = ?"
                    + " and version <> 1", buyer)).longValue(), "each cleared once");
        }
    }

    private static String reserve(UUID listing, String message) {
        return sara().body(Map.of("listingId", listing.toString(), "quantity", 1, "message", message))
                .post("/api/v1/reservations").then().statusCode(201).extract().path("id");
    }

    private static Object column(Ledger db, String reservation, String column) {
        return db.value("select " + column + " from reservation where id = ?", UUID.fromString(reservation));
    }

    /** Runs the job until it finds nothing more, each run bounded by a batch. */
    private void drain() {
        for (int n = run(); n > 0; n = run()) {
            assertTrue(n <= ReservationFreeTextRetention.BATCH, "a run clears at most a batch: " + n);
        }
    }

    private int run() {
        try {
            return VertxContextSupport.subscribeAndAwait(() -> retention.removeFreeText());
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }
}
