package se.kretslopp.listing;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * Marks published listings whose last day has passed as expired. Search hides them from the day after their
 * last day anyway; this makes the status say so (and, through the outbox trigger, updates the index). Safe with
 * several replicas: the update is one statement, and a replica that waited on another's row lock finds the row
 * no longer published (PostgreSQL checks the condition again), so each listing is expired, and relayed, once.
 */
@ApplicationScoped
class ListingExpiry {

    private static final Logger LOG = Logger.getLogger(ListingExpiry.class);

    private final Pool pool;

    ListingExpiry(Pool pool) {
        this.pool = pool;
    }

    @Scheduled(every = "${kretslopp.listings.expiry-interval:15m}", delayed = "${kretslopp.listings.expiry-delay:1m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> expire() {
        return pool.query("update listing set status = 'EXPIRED', version = version + 1, updated_at = now()"
                        + " where status = 'PUBLISHED' and expires_on < (now() at time zone 'Europe/Stockholm')::date")
                .execute()
                .invoke(rows -> {
                    if (rows.rowCount() > 0) {
                        LOG.infof("%d listings expired", rows.rowCount());
                    }
                })
                .replaceWithVoid();
    }
}
