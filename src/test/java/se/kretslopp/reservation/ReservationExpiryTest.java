package se.kretslopp.reservation;

import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import se.kretslopp.testsupport.Ledger;
import se.kretslopp.testsupport.Reservations;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.kretslopp.testsupport.Api.johan;
import static se.kretslopp.testsupport.Api.sara;

/**
 * Holds past their time are released by the scheduler, once. Several replicas are played by eight threads that
 * run the expiry job at the same moment as the service's own scheduler (every 2 s in tests), each in its own
 * transaction on its own connection, as separate service instances against one database would.
 */
@QuarkusTest
class ReservationExpiryTest {

    @Inject
    ReservationExpiry expiry;

    @Inject
    MockMailbox mailbox;

    @Test
    void expiredHoldsAreReleasedOnceByManyInstances() throws Exception {
        UUID listing = Reservations.listingOf("Utgår " + UUID.randomUUID(), 30);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            ids.add(sara().body(Reservations.reserve(listing, 2)).post("/api/v1/reservations").then().statusCode(201)
                    .extract().path("id"));
        }
        johan().get("/api/v1/listings/" + listing).then().body("held", equalTo(24));
        try (Ledger db = Ledger.open()) {
            // one is confirmed (a confirmed reservation waits for its pickup), the rest run out of time
            johan().body(java.util.Map.of("pickupFrom", "2026-12-01T08:00:00+01:00", "pickupTo", "2026-12-01T09:00:00+01:00"))
                    .post("/api/v1/reservations/" + ids.get(0) + "/confirm").then().statusCode(200);
            for (String id : ids) {
                db.execute("update reservation set expires_at = now() - interval '1 minute' where id = ?",
                        UUID.fromString(id));
            }
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService instances = Executors.newFixedThreadPool(8);
            List<Future<Integer>> runs = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                runs.add(instances.submit(() -> {
                    start.await();
                    try {
                        return VertxContextSupport.subscribeAndAwait(() -> expiry.releaseExpired());
                    } catch (Throwable e) {
                        throw new IllegalStateException(e);
                    }
                }));
            }
            start.countDown();
            int released = 0;
            for (Future<Integer> run : runs) {
                released += run.get();
            }
            instances.shutdown();
            // the scheduler may have taken some first; together every expired hold was released once
            awaitExpired(db, listing, 11);
            assertEquals(0, ((Number) db.value("select count(*) from reservation where listing_id = ? and status ="
                    + " 'REQUESTED'", listing)).intValue());
            johan().get("/api/v1/listings/" + listing).then().body("held", equalTo(2)).body("available", equalTo(28));
            assertEquals(11, ((Number) db.value("select count(*) from notification n join reservation r on"
                    + " r.id = n.reservation_id where r.listing_id = ? and n.kind = 'RESERVATION_EXPIRED'"
                    + " and n.recipient_username = 'sara'", listing)).intValue(), "one notice per expired hold");
            assertEquals(11, ((Number) db.value("select count(*) from notification n join reservation r on"
                    + " r.id = n.reservation_id where r.listing_id = ? and n.kind = 'RESERVATION_EXPIRED'"
                    + " and n.recipient_username = 'johan'", listing)).intValue());
            System.out.println("Expiry: the eight concurrent runs released " + released + " of 11");
        }
        sara().get("/api/v1/reservations/" + ids.get(1)).then().body("status", equalTo("EXPIRED"));
        sara().get("/api/v1/reservations/" + ids.get(0)).then().body("status", equalTo("CONFIRMED"));
    }

    @Test
    void aDayAheadBothAreWarnedOnce() {
        UUID listing = Reservations.listingOf("Varning " + UUID.randomUUID(), 3);
        String id = sara().body(Reservations.reserve(listing, 1)).post("/api/v1/reservations").then().statusCode(201)
                .extract().path("id");
        try (Ledger db = Ledger.open()) {
            db.execute("update reservation set expires_at = now() + interval '3 hours' where id = ?", UUID.fromString(id));
            for (int i = 0; i < 3; i++) {
                VertxContextSupport.subscribeAndAwait(() -> expiry.warnExpiring());
            }
            assertEquals(1, ((Number) db.value("select count(*) from notification where reservation_id = ?"
                    + " and kind = 'RESERVATION_EXPIRING' and recipient_username = 'sara'", UUID.fromString(id))).intValue());
        } catch (Throwable e) {
            throw new AssertionError(e);
        }
        sara().get("/api/v1/reservations/" + id).then().body("status", equalTo("REQUESTED"));
    }

    private static void awaitExpired(Ledger db, UUID listing, int expected) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        int found = -1;
        while (Instant.now().isBefore(deadline)) {
            found = ((Number) db.value("select count(*) from reservation where listing_id = ? and status = 'EXPIRED'",
                    listing)).intValue();
            if (found == expected) {
                return;
            }
            Thread.sleep(200);
        }
        assertEquals(expected, found, "expired reservations");
    }
}
