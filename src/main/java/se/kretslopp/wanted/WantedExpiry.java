package se.kretslopp.wanted;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import se.kretslopp.common.Today;

/**
 * Marks requests past their last day as expired (the outbox then takes their stored queries out). Matching does
 * not wait for this job: a request past its day is never recorded, whatever its status says.
 */
@ApplicationScoped
class WantedExpiry {

    private final Pool pool;

    WantedExpiry(Pool pool) {
        this.pool = pool;
    }

    @Scheduled(every = "${kretslopp.wanted.expiry-interval:15m}", delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> expire() {
        return pool.preparedQuery("update wanted_request set status = 'EXPIRED', version = version + 1,"
                        + " updated_at = now() where status in ('OPEN', 'PAUSED') and expires_on < $1")
                .execute(Tuple.of(Today.date())).replaceWithVoid();
    }
}
