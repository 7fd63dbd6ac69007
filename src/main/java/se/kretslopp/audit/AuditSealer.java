package se.kretslopp.audit;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * Seals new audit entries into the hash chain (the database function {@code audit_seal}, one sealer at a time
 * across replicas), every {@code kretslopp.audit.seal-interval}, in batches until none is left.
 */
@ApplicationScoped
class AuditSealer {

    static final int BATCH = 1000;
    private static final Logger LOG = Logger.getLogger(AuditSealer.class);

    private final Pool pool;

    AuditSealer(Pool pool) {
        this.pool = pool;
    }

    @Scheduled(every = "${kretslopp.audit.seal-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> sealNew() {
        return sealAll().replaceWithVoid().onFailure().recoverWithUni(failure -> {
            LOG.warnf("Could not seal the audit trail's new entries now: %s", failure.toString());
            return Uni.createFrom().voidItem();
        });
    }

    /** Seals batch after batch until one is not full; how many were sealed. */
    Uni<Integer> sealAll() {
        return sealBatch().flatMap(sealed -> sealed < BATCH ? Uni.createFrom().item(sealed)
                : sealAll().map(more -> sealed + more));
    }

    private Uni<Integer> sealBatch() {
        return pool.withTransaction(conn -> conn.preparedQuery("select audit_seal($1) as sealed")
                .execute(Tuple.of(BATCH)).map(rows -> rows.iterator().next().getInteger("sealed")));
    }
}
