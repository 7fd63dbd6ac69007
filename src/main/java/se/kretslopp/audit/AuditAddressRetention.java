package se.kretslopp.audit;

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
 * Forgets the client address of audit entries older than {@code kretslopp.retention.audit-client-addresses} (365
 * days; docs/privacy.md#how-long-it-is-kept): an address helps to trace an incident found at the yearly review at
 * the latest, and is personal data. The entry itself stays: the address is kept beside the hash chain
 * ({@code audit_entry_person}), so the chain is untouched.
 *
 * <p>Runs on every replica, at most {@value #BATCH} entries per run, claimed with {@code FOR UPDATE SKIP LOCKED}.
 */
@ApplicationScoped
class AuditAddressRetention {

    static final int BATCH = 1000;

    private static final Logger LOG = Logger.getLogger(AuditAddressRetention.class);

    private final Pool pool;
    private final RetentionConfig retention;

    AuditAddressRetention(Pool pool, RetentionConfig retention) {
        this.pool = pool;
        this.retention = retention;
    }

    @Scheduled(every = "${kretslopp.retention.interval}", delayed = "5m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> run() {
        return forgetOldAddresses().replaceWithVoid()
                .onFailure().invoke(e -> LOG.warn("Audit address retention failed; it runs again later", e))
                .onFailure().recoverWithNull();
    }

    /** Forgets the addresses of up to {@value #BATCH} entries older than kept; returns how many. */
    Uni<Integer> forgetOldAddresses() {
        OffsetDateTime cutoff = OffsetDateTime.now(ZoneOffset.UTC).minus(retention.auditClientAddresses());
        return pool.preparedQuery("""
                        update audit_entry_person set client_address = null where entry_id in (
                            select p.entry_id from audit_entry_person p join audit_entry e on e.id = p.entry_id
                            where p.client_address is not null and e.occurred_at < $1
                            order by p.entry_id limit %d for update of p skip locked)""".formatted(BATCH))
                .execute(Tuple.of(cutoff))
                .map(rows -> {
                    if (rows.rowCount() > 0) {
                        LOG.infof("Forgot the client address of %d audit entries", rows.rowCount());
                    }
                    return rows.rowCount();
                });
    }
}
