package se.kretslopp.notification;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The daily digest of wanted-request matches, for people who chose it over a mail per match: one mail per person
 * with every match waiting ({@code email_status = 'DIGEST'}). Rows are claimed with {@code FOR UPDATE SKIP
 * LOCKED}, so replicas never send one twice.
 */
@ApplicationScoped
class WantedDigest {

    private static final Logger LOG = Logger.getLogger(WantedDigest.class);

    private final Pool pool;
    private final ReactiveMailer mailer;
    private final String publicUrl;

    WantedDigest(Pool pool, ReactiveMailer mailer, @ConfigProperty(name = "kretslopp.public-url") String publicUrl) {
        this.pool = pool;
        this.mailer = mailer;
        this.publicUrl = publicUrl;
    }

    @Scheduled(cron = "${kretslopp.notifications.digest-cron:0 0 6 * * ?}", timeZone = "Europe/Stockholm",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> sendDigests() {
        return pool.withTransaction(connection -> connection.preparedQuery("""
                        select n.id, n.recipient_organisation_id, n.recipient_username, n.listing_title, n.quantity,
                               n.unit, n.reason, p.email, coalesce(p.email_notifications, true) as wants_email
                        from notification n
                        left join person p on p.organisation_id = n.recipient_organisation_id
                                          and p.username = n.recipient_username
                        where n.email_status = 'DIGEST'
                        order by n.recipient_organisation_id, n.recipient_username, n.created_at
                        limit 5000
                        for update of n skip locked""").execute()
                .flatMap(rows -> {
                    Map<String, List<Row>> byPerson = new LinkedHashMap<>();
                    rows.forEach(row -> byPerson.computeIfAbsent(row.getUUID("recipient_organisation_id") + "/"
                            + row.getString("recipient_username"), k -> new ArrayList<>()).add(row));
                    return Multi.createFrom().iterable(byPerson.values()).onItem()
                            .transformToUniAndConcatenate(list -> deliver(connection, list)).collect().asList();
                })).replaceWithVoid();
    }

    private Uni<Void> deliver(SqlConnection connection, List<Row> rows) {
        Row first = rows.get(0);
        String email = first.getString("email");
        UUID[] ids = rows.stream().map(r -> r.getUUID("id")).toArray(UUID[]::new);
        if (email == null || email.isBlank() || !first.getBoolean("wants_email")) {
            return mark(connection, ids, "SKIPPED");
        }
        StringBuilder sv = new StringBuilder("Nya träffar för din efterfrågan / New matches for your wanted requests:\n\n");
        for (Row row : rows) {
            BigDecimal quantity = row.getBigDecimal("quantity");
            sv.append("- ").append(row.getString("listing_title"));
            if (quantity != null) {
                sv.append(" (").append(NotificationService.tidy(quantity).toPlainString()).append(' ')
                        .append(row.getString("unit")).append(')');
            }
            sv.append(" — \"").append(row.getString("reason")).append("\"\n");
        }
        sv.append("\n").append(publicUrl).append("/efterfragan\n\n")
                .append("Du får det här för att du valt en daglig sammanställning. Ändra under Inställningar.\n");
        Mail mail = Mail.withText(email, "Kretslopp: " + rows.size() + " nya träffar / new matches", sv.toString());
        return mailer.send(mail).flatMap(v -> mark(connection, ids, "SENT"))
                .onFailure().recoverWithUni(e -> {
                    LOG.warnf("Could not send the wanted digest to %s: %s", first.getString("recipient_username"),
                            e.getMessage());
                    return Uni.createFrom().voidItem(); // stays DIGEST: tomorrow's digest tries again
                });
    }

    private Uni<Void> mark(SqlConnection connection, UUID[] ids, String status) {
        return connection.preparedQuery("update notification set email_status = $2, email_attempts = email_attempts + 1"
                + " where id = any($1)").execute(Tuple.of(ids, status)).replaceWithVoid();
    }
}
