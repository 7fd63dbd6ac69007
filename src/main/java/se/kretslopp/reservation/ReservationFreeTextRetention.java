package se.kretslopp.reservation;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import se.kretslopp.common.RetentionConfig;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Removes the free text of reservations that ended long enough ago ({@code kretslopp.retention.reservation-free-text},
 * two years; docs/privacy.md#how-long-it-is-kept): the buyer's message, the seller's reason for a rejection and
 * where a handover went (also in its {@code handover_record}). What was reserved and handed over, when, between
 * which organisations, and the climate figures stay: they are the follow-up. A reservation ends with its last change
 * (rejected, cancelled, expired, handed over), which is its {@code updated_at}; removing the text does not change it.
 *
 * <p>Runs on every replica: each run takes at most {@value #BATCH} reservations with {@code FOR UPDATE SKIP LOCKED}
 * and marks them ({@code free_text_removed_at}), so none is visited twice.
 */
@ApplicationScoped
class ReservationFreeTextRetention {

    static final int BATCH = 500;

    private static final Logger LOG = Logger.getLogger(ReservationFreeTextRetention.class);

    private final Pool pool;
    private final RetentionConfig retention;

    ReservationFreeTextRetention(Pool pool, RetentionConfig retention) {
        this.pool = pool;
        this.retention = retention;
    }

    @Scheduled(every = "${kretslopp.retention.interval}", delayed = "5m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> run() {
        return removeFreeText().replaceWithVoid()
                .onFailure().invoke(e -> LOG.warn("Reservation free-text retention failed; it runs again later", e))
                .onFailure().recoverWithNull();
    }

    /** Blanks the free text of up to {@value #BATCH} reservations that ended before the cutoff; returns how many. */
    Uni<Integer> removeFreeText() {
        OffsetDateTime cutoff = OffsetDateTime.now(ZoneOffset.UTC).minus(retention.reservationFreeText());
        return pool.preparedQuery("""
                        with ended as (
                            select id from reservation
                            where free_text_removed_at is null
                              and status in ('REJECTED', 'CANCELLED', 'EXPIRED', 'HANDED_OVER') and updated_at < $1
                            order by updated_at limit %d for update skip locked
                        ), cleared as (
                            update reservation r set message = null, reject_reason = null, destination_project = null,
                                destination_address = null, free_text_removed_at = now(), version = r.version + 1
                            from ended where r.id = ended.id
                            returning r.id
                        ), handovers as (
                            update handover_record h set destination_project = null, destination_address = null
                            from cleared where h.reservation_id = cleared.id
                        )
                        select count(*) as cleared from cleared""".formatted(BATCH))
                .execute(Tuple.of(cutoff))
                .map(rows -> {
                    int cleared = rows.iterator().next().getInteger("cleared");
                    if (cleared > 0) {
                        LOG.infof("Free text of %d ended reservations removed", cleared);
                    }
                    return cleared;
                });
    }
}
