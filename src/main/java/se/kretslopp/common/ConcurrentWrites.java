package se.kretslopp.common;

import io.smallrye.common.annotation.Identifier;
import io.smallrye.faulttolerance.api.Guard;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.jboss.logging.Logger;

import java.time.temporal.ChronoUnit;

/**
 * Writes that met another at the same moment: PostgreSQL found a deadlock (40P01) or refused a serialisable commit
 * (40001), and rolled the transaction back. Such a write is tried again, up to {@value #RETRIES} more times after
 * {@value #DELAY_MS} ms ± {@value #JITTER_MS} ms each (the jitter keeps two losers from meeting again), by putting
 * {@code @ApplyGuard(ConcurrentWrites.GUARD)} on a resource method whose service call is one transaction; if it
 * still fails, the problem mappers answer 503 with {@code Retry-After}. The guard is SmallRye Fault Tolerance's: it
 * retries a {@code Uni} on the request's own Vert.x context, so the retried call sees the same request.
 *
 * <p>The guard belongs on the resource, outside the transaction: a retry must start a new transaction, and the
 * service's {@code @WithTransaction} would otherwise wrap the retries in the one that failed. Only writes whose
 * whole effect is that transaction take it (no mail sent, no file written before the commit).
 */
@Singleton
public class ConcurrentWrites {

    public static final String GUARD = "concurrent-writes";
    static final int RETRIES = 3;
    static final long DELAY_MS = 40;
    static final long JITTER_MS = 30;

    private static final Logger LOG = Logger.getLogger(ConcurrentWrites.class);

    @Produces
    @Identifier(GUARD)
    static final Guard RETRYING = Guard.create()
            .withRetry().maxRetries(RETRIES).delay(DELAY_MS, ChronoUnit.MILLIS).jitter(JITTER_MS, ChronoUnit.MILLIS)
            .whenException(ConcurrentWrites::isConflict)
            .beforeRetry(failure -> LOG.debugf("Retrying a write that met another: %s", failure.toString()))
            .done().build();

    /** Whether the failure is PostgreSQL's deadlock (40P01) or serialisation failure (40001), however wrapped. */
    public static boolean isConflict(Throwable failure) {
        return SqlStates.isConflict(SqlStates.find(failure));
    }
}
