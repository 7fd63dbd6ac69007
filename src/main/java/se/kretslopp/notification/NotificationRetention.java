package se.kretslopp.notification;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import se.kretslopp.common.RetentionConfig;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Deletes notifications nobody needs any more (docs/privacy.md#how-long-it-is-kept): a read one some time after it
 * was read ({@code kretslopp.retention.read-notifications}, 90 days), and every one, read or not, some time after
 * it was made ({@code kretslopp.retention.notifications}, 365 days). The record of a notification's email (sent,
 * skipped, failed) goes with it: the mail itself is never kept. A notification whose email is still waiting for the
 * relay or the daily digest stays until that is done.
 *
 * <p>Runs on every replica: each run deletes at most {@value #BATCH} rows per rule, claimed with {@code FOR UPDATE
 * SKIP LOCKED}, so replicas delete different rows and a row deleted twice is no harm. Notifications can go without
 * being sent again: the changes they tell of happen once, and wanted matches are recorded apart.
 */
@ApplicationScoped
class NotificationRetention {

    static final int BATCH = 1000;

    private static final Logger LOG = Logger.getLogger(NotificationRetention.class);
    private static final String EMAIL_DONE = "email_status in ('SENT', 'SKIPPED', 'FAILED')";

    private final Pool pool;
    private final RetentionConfig retention;

    NotificationRetention(Pool pool, RetentionConfig retention) {
        this.pool = pool;
        this.retention = retention;
    }

    @Scheduled(every = "${kretslopp.retention.interval}", delayed = "5m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> run() {
        return deleteRead().flatMap(n -> deleteOld()).replaceWithVoid()
                .onFailure().invoke(e -> LOG.warn("Notification retention failed; it runs again later", e))
                .onFailure().recoverWithNull();
    }

    /** Deletes up to {@value #BATCH} notifications read longer ago than kept; returns how many. */
    Uni<Integer> deleteRead() {
        return delete("read_at < $1 and " + EMAIL_DONE + " order by read_at", retention.readNotifications(), "read");
    }

    /** Deletes up to {@value #BATCH} notifications made longer ago than kept, read or not; returns how many. */
    Uni<Integer> deleteOld() {
        return delete("created_at < $1 and " + EMAIL_DONE + " order by created_at", retention.notifications(), "old");
    }

    private Uni<Integer> delete(String condition, Duration kept, String what) {
        OffsetDateTime cutoff = OffsetDateTime.now(ZoneOffset.UTC).minus(kept);
        return pool.preparedQuery("delete from notification where id in (select id from notification where "
                        + condition + " limit " + BATCH + " for update skip locked)")
                .execute(Tuple.of(cutoff))
                .map(rows -> {
                    if (rows.rowCount() > 0) {
                        LOG.infof("%d %s notifications deleted", rows.rowCount(), what);
                    }
                    return rows.rowCount();
                });
    }
}
