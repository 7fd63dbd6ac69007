package se.kretslopp.notification;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import se.kretslopp.testsupport.Ledger;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Old notifications are deleted by {@link NotificationRetention}: read ones 90 days after they were read, all 365
 * days after they were made, never one whose email is still to go out. The service's own scheduler may run the job
 * while the test does: it is one more replica, so the checks hold whoever deleted a row.
 */
@QuarkusTest
class NotificationRetentionTest {

    private static final UUID KALMAR = UUID.fromString("0b6f1a52-3c1e-4d7a-9a10-000000000001");

    @Inject
    NotificationRetention retention;

    @Test
    void readNotificationsGoAfterNinetyDaysAndAllAfterAYearOnceTheirEmailIsDone() {
        String person = "retention-" + UUID.randomUUID();
        Map<String, UUID> gone = new LinkedHashMap<>();
        Map<String, UUID> stay = new LinkedHashMap<>();
        try (Ledger db = Ledger.open()) {
            gone.put("read 100 days ago", insert(db, person, 120, 100, "SENT"));
            gone.put("read 100 days ago, mail skipped", insert(db, person, 120, 100, "SKIPPED"));
            gone.put("unread, 400 days old, mail failed", insert(db, person, 400, null, "FAILED"));
            gone.put("unread, 400 days old, mail sent", insert(db, person, 400, null, "SENT"));
            stay.put("read 10 days ago", insert(db, person, 120, 10, "SENT"));
            stay.put("read 100 days ago, mail still to send", insert(db, person, 120, 100, "PENDING"));
            stay.put("unread, 100 days old", insert(db, person, 100, null, "SENT"));
            stay.put("400 days old, waiting for the digest", insert(db, person, 400, null, "DIGEST"));

            int read;
            int old;
            do { // until neither rule finds more
                read = run(() -> retention.deleteRead());
                old = run(() -> retention.deleteOld());
            } while (read + old > 0);

            gone.forEach((what, id) -> assertEquals(0L, count(db, id), what + " is deleted"));
            stay.forEach((what, id) -> assertEquals(1L, count(db, id), what + " stays"));
        }
    }

    @Test
    void replicasShareTheWorkAndEachRunIsBounded() throws Exception {
        String person = "retention-many-" + UUID.randomUUID();
        int total = 2 * NotificationRetention.BATCH + 500;
        try (Ledger db = Ledger.open()) {
            db.execute("""
                    insert into notification (id, recipient_organisation_id, recipient_username, kind, listing_title,
                        created_at, read_at, email_status)
                    select gen_random_uuid(), ?, ?, 'RESERVATION_CONFIRMED', 'Gammal', now() - interval '200 days',
                        now() - interval '100 days', 'SENT'
                    from generate_series(1, ?)""", KALMAR, person, total);

            CountDownLatch start = new CountDownLatch(1);
            ExecutorService replicas = Executors.newFixedThreadPool(4);
            List<Future<Integer>> runs = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                runs.add(replicas.submit(() -> {
                    start.await();
                    return run(() -> retention.deleteRead());
                }));
            }
            start.countDown();
            int deleted = 0;
            for (Future<Integer> run : runs) {
                int n = run.get();
                assertTrue(n <= NotificationRetention.BATCH, "a run deletes at most a batch: " + n);
                deleted += n;
            }
            replicas.shutdown();
            for (int n = run(() -> retention.deleteRead()); n > 0; n = run(() -> retention.deleteRead())) {
                assertTrue(n <= NotificationRetention.BATCH, "a run deletes at most a batch: " + n);
                deleted += n;
            }
            assertTrue(deleted <= total, "no row is deleted twice: " + deleted + " of " + total);
            assertEquals(0L, ((Number) db.value("select count(*) from notification where recipient_username = ?",
                    person)).longValue(), "every one is gone");
        }
    }

    private static UUID insert(Ledger db, String person, int madeDaysAgo, Integer readDaysAgo, String emailStatus) {
        UUID id = UUID.randomUUID();
        db.execute("""
                insert into notification (id, recipient_organisation_id, recipient_username, kind, listing_title,
                    created_at, read_at, email_status)
                values (?, ?, ?, 'RESERVATION_CONFIRMED', 'Dörrar', now() - make_interval(days => ?),
                    now() - make_interval(days => ?::int), ?)""",
                id, KALMAR, person, madeDaysAgo, readDaysAgo, emailStatus);
        return id;
    }

    private static long count(Ledger db, UUID id) {
        return ((Number) db.value("select count(*) from notification where id = ?", id)).longValue();
    }

    /** Runs a job's step on a Vert.x context, as the scheduler does, and waits for it. */
    private static int run(Supplier<Uni<Integer>> step) {
        try {
            return VertxContextSupport.subscribeAndAwait(step::get);
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }
}
