package se.kretslopp.wanted;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import se.kretslopp.common.Today;

/**
 * Marks requests past their last day as expired (the outbox then takes their stored queries out). Matching does
 * not wait for this job: a request past its day is never recorded, whatever its status says. Runs on every
 * replica: the update is one statement, and a replica that waited on another's row lock finds the row no longer
 * open or paused (PostgreSQL checks the condition again), so each request is expired, and its version raised, once.
 */
@ApplicationScoped
class WantedExpiry {

    private final Pool pool;

    WantedExpiry(Pool pool) {
        this.pool = pool;
    }

    @Scheduled(every = "${kretslopp.wanted.expiry-interval:15m}", delayed = "${kretslopp.wanted.expiry-delay:30s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> expire() {
        return pool.preparedQuery("update wanted_request set status = 'EXPIRED', version = version + 1,"
                        + " updated_at = now() where status in ('OPEN', 'PAUSED') and expires_on < $1")
                .execute(Tuple.of(Today.date())).replaceWithVoid();
    }
}
