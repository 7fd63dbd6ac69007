package se.kretslopp.membership;

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
 * Removes the personal data of joining that has outlived its purpose (docs/privacy.md#how-long-it-is-kept):
 * <ul>
 *   <li>of an application decided {@code kretslopp.retention.decided-applications} ago (a year): the applicant's
 *   name and email, the contact person, and the free text (what the company does, a rejection's reason). Who applied
 *   (their subject and username, the keys the audit trail knows them by), for which organisation and number, and
 *   what was decided when and by whom stay: the record of why an organisation was let in or not;</li>
 *   <li>of an invitation accepted, revoked or expired {@code kretslopp.retention.closed-invitations} ago (90 days):
 *   the address it was sent to. Who invited, with which role, and who accepted stay.</li>
 * </ul>
 * Runs on every replica: each run takes at most {@value #BATCH} rows of each with {@code FOR UPDATE SKIP LOCKED} and
 * marks them, so none is visited twice.
 */
@ApplicationScoped
class JoiningRetention {

    static final int BATCH = 500;

    private static final Logger LOG = Logger.getLogger(JoiningRetention.class);

    private final Pool pool;
    private final RetentionConfig retention;

    JoiningRetention(Pool pool, RetentionConfig retention) {
        this.pool = pool;
        this.retention = retention;
    }

    @Scheduled(every = "${kretslopp.retention.interval}", delayed = "5m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> run() {
        return removeFromApplications().chain(this::removeFromInvitations).replaceWithVoid()
                .onFailure().invoke(e -> LOG.warn("Joining retention failed; it runs again later", e))
                .onFailure().recoverWithNull();
    }

    /** Empties up to {@value #BATCH} decided applications whose decision is older than the cutoff; how many. */
    Uni<Integer> removeFromApplications() {
        OffsetDateTime cutoff = OffsetDateTime.now(ZoneOffset.UTC).minus(retention.decidedApplications());
        return count(pool.preparedQuery("""
                        with old as (
                            select id from organisation_application
                            where status <> 'PENDING' and personal_data_removed_at is null and decided_at < $1
                            order by decided_at limit %d for update skip locked
                        ), emptied as (
                            update organisation_application a set applicant_name = null, applicant_email = null,
                                contact_name = null, contact_email = null, contact_phone = null, activity = null,
                                reject_reason = null, personal_data_removed_at = now(), version = a.version + 1
                            from old where a.id = old.id
                            returning a.id
                        )
                        select count(*) as n from emptied""".formatted(BATCH))
                .execute(Tuple.of(cutoff)), "decided applications to join");
    }

    /** Empties the address of up to {@value #BATCH} invitations closed before the cutoff; how many. */
    Uni<Integer> removeFromInvitations() {
        OffsetDateTime cutoff = OffsetDateTime.now(ZoneOffset.UTC).minus(retention.closedInvitations());
        return count(pool.preparedQuery("""
                        with old as (
                            select id from organisation_invitation
                            where email_removed_at is null
                              and ((status in ('ACCEPTED', 'REVOKED') and updated_at < $1)
                                   or (status = 'PENDING' and expires_at < $1))
                            order by updated_at limit %d for update skip locked
                        ), emptied as (
                            update organisation_invitation i set email = null, email_removed_at = now(),
                                version = i.version + 1
                            from old where i.id = old.id
                            returning i.id
                        )
                        select count(*) as n from emptied""".formatted(BATCH))
                .execute(Tuple.of(cutoff)), "closed invitations");
    }

    private static Uni<Integer> count(Uni<io.vertx.mutiny.sqlclient.RowSet<io.vertx.mutiny.sqlclient.Row>> rows,
                                      String what) {
        return rows.map(result -> {
            int n = result.iterator().next().getInteger("n");
            if (n > 0) {
                LOG.infof("Personal data of %d %s removed", n, what);
            }
            return n;
        });
    }
}
