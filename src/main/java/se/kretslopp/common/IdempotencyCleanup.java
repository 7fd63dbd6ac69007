package se.kretslopp.common;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;

/** Forgets idempotency keys after two days (they are promised for at least 24 hours). */
@ApplicationScoped
class IdempotencyCleanup {

    private final Pool pool;

    IdempotencyCleanup(Pool pool) {
        this.pool = pool;
    }

    @Scheduled(every = "1h", delayed = "5m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> forget() {
        return pool.query("delete from idempotency_key where created_at < now() - interval '48 hours'").execute()
                .replaceWithVoid();
    }
}
