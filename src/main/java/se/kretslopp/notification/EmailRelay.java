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
import se.kretslopp.notification.api.NotificationKind;

import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.Set;
import java.util.ArrayList;
import java.util.List;

/**
 * Sends the email of each new notification, after the transaction that wrote it has committed. Rows are claimed
 * with {@code FOR UPDATE SKIP LOCKED}, so several replicas share the work and none sends a mail twice; a failed
 * send is tried again (five times in all). People who turned email off, or whose address is unknown, are skipped.
 */
@ApplicationScoped
class EmailRelay {

    private static final Logger LOG = Logger.getLogger(EmailRelay.class);
    private static final int MAX_ATTEMPTS = 5;
    /** At most one email per conversation and person in this time. */
    static final Duration MESSAGE_MAIL_INTERVAL = Duration.ofMinutes(15);

    private final Pool pool;
    private final ReactiveMailer mailer;
    private final String publicUrl;
    private final Clock clock;

    @Inject
    EmailRelay(Pool pool, ReactiveMailer mailer, @ConfigProperty(name = "kretslopp.public-url") String publicUrl) {
        this(pool, mailer, publicUrl, Clock.systemUTC());
    }

    /** With a clock of the caller's: a test moves time instead of waiting. */
    EmailRelay(Pool pool, ReactiveMailer mailer, String publicUrl, Clock clock) {
        this.pool = pool;
        this.mailer = mailer;
        this.publicUrl = publicUrl;
        this.clock = clock;
    }

    @Scheduled(every = "${kretslopp.notifications.email-interval:5s}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> send() {
        return pool.withTransaction(connection -> connection.preparedQuery("""
                        select n.*, p.email, p.name, coalesce(p.email_notifications, true)
                                   and (n.kind <> 'MESSAGE_RECEIVED' or coalesce(p.message_emails, true)) as wants_email,
                               case when n.kind = 'MESSAGE_RECEIVED' then (select max(m.email_sent_at)
                                   from notification m where m.kind = 'MESSAGE_RECEIVED'
                                    and m.conversation_id = n.conversation_id
                                    and m.recipient_organisation_id = n.recipient_organisation_id
                                    and m.recipient_username = n.recipient_username) end as last_message_mail
                        from notification n
                        left join person p on p.organisation_id = n.recipient_organisation_id
                                          and p.username = n.recipient_username
                        where n.email_status = 'PENDING'
                        order by n.created_at
                        limit 50
                        for update of n skip locked""").execute()
                .flatMap(rows -> {
                    List<Row> pending = new ArrayList<>();
                    rows.forEach(pending::add);
                    Set<String> mailedThreads = new HashSet<>();
                    return Multi.createFrom().iterable(pending).onItem()
                            .transformToUniAndConcatenate(row -> deliver(connection, row, mailedThreads))
                            .collect().asList();
                })).replaceWithVoid();
    }

    /**
     * Whether a message's email may go out now: none went out for the thread to the person within
     * {@link #MESSAGE_MAIL_INTERVAL} (the in-app notification is there either way).
     */
    static boolean messageMailAllowed(OffsetDateTime lastSent, Instant now) {
        return lastSent == null || !lastSent.toInstant().plus(MESSAGE_MAIL_INTERVAL).isAfter(now);
    }

    private Uni<Void> deliver(SqlConnection connection, Row row, Set<String> mailedThreads) {
        String email = row.getString("email");
        if (email == null || email.isBlank() || !row.getBoolean("wants_email")) {
            return mark(connection, row, "SKIPPED");
        }
        if (NotificationKind.MESSAGE_RECEIVED.name().equals(row.getString("kind"))) {
            String thread = row.getUUID("conversation_id") + "/" + row.getUUID("recipient_organisation_id") + "/"
                    + row.getString("recipient_username");
            if (!messageMailAllowed(row.getOffsetDateTime("last_message_mail"), clock.instant())
                    || !mailedThreads.add(thread)) {
                return mark(connection, row, "SKIPPED");
            }
        }
        Mail mail = Mail.withText(email, subject(row), text(row));
        return mailer.send(mail).flatMap(v -> mark(connection, row, "SENT"))
                .onFailure().recoverWithUni(e -> {
                    LOG.warnf("Could not send notification %s by email: %s", row.getUUID("id"), e.getMessage());
                    return mark(connection, row, row.getInteger("email_attempts") + 1 >= MAX_ATTEMPTS ? "FAILED" : "PENDING");
                });
    }

    private Uni<Void> mark(SqlConnection connection, Row row, String status) {
        return connection.preparedQuery("update notification set email_status = $2, email_attempts = email_attempts + 1,"
                        + " email_sent_at = case when $2 = 'SENT' then $3 else email_sent_at end where id = $1")
                .execute(Tuple.of(row.getUUID("id"), status, clock.instant().atOffset(java.time.ZoneOffset.UTC)))
                .replaceWithVoid();
    }

    /** Swedish first, English below: the service does not know which language a person reads. */
    static String subject(Row row) {
        String title = row.getString("listing_title");
        return switch (NotificationKind.valueOf(row.getString("kind"))) {
            case RESERVATION_RECEIVED -> "Ny reservation: " + title;
            case RESERVATION_CONFIRMED -> "Reservationen är bekräftad: " + title;
            case RESERVATION_REJECTED -> "Reservationen avböjdes: " + title;
            case RESERVATION_CANCELLED -> "Reservationen avbokades: " + title;
            case RESERVATION_EXPIRING -> "Reservationen går ut inom ett dygn: " + title;
            case RESERVATION_EXPIRED -> "Reservationen har gått ut: " + title;
            case RESERVATION_HANDED_OVER -> "Överlämnat: " + title;
            case WANTED_MATCH -> "Det du söker finns: " + title;
            case PICKUP_BOOKED -> "Hämtning bokad: " + title;
            case PICKUP_REMINDER -> "Påminnelse om hämtning: " + title;
            case DELIVERY_REQUESTED -> "Leverans begärd: " + title;
            case DELIVERY_ACCEPTED -> "Leveransen är accepterad: " + title;
            case DELIVERY_DECLINED -> "Leveransen avböjdes: " + title;
            case DELIVERY_UPDATED -> "Leveransen har uppdaterats: " + title;
            case DELIVERY_RECEIVED -> "Leveransen är mottagen: " + title;
            case MESSAGE_RECEIVED -> "Nytt meddelande: " + title;
        };
    }

    String text(Row row) {
        BigDecimal quantity = row.getBigDecimal("quantity");
        String amount = quantity == null ? "" : NotificationService.tidy(quantity).toPlainString() + " "
                + row.getString("unit") + " ";
        String reason = row.getString("reason") == null ? "" : "\n" + row.getString("reason") + "\n";
        String title = row.getString("listing_title");
        String sv = switch (NotificationKind.valueOf(row.getString("kind"))) {
            case RESERVATION_RECEIVED -> "Någon har reserverat " + amount + "av \"" + title + "\". Bekräfta eller avböj.";
            case RESERVATION_CONFIRMED -> "Din reservation av " + amount + "\"" + title + "\" är bekräftad.";
            case RESERVATION_REJECTED -> "Din reservation av " + amount + "\"" + title + "\" avböjdes." + reason;
            case RESERVATION_CANCELLED -> "Reservationen av " + amount + "\"" + title + "\" avbokades av köparen.";
            case RESERVATION_EXPIRING -> "Reservationen av " + amount + "\"" + title + "\" går ut inom ett dygn.";
            case RESERVATION_EXPIRED -> "Reservationen av " + amount + "\"" + title + "\" har gått ut och släppts.";
            case RESERVATION_HANDED_OVER -> amount + "\"" + title + "\" har lämnats över.";
            case WANTED_MATCH -> "\"" + title + "\" (" + amount.strip() + ") passar din efterfrågan \""
                    + row.getString("reason") + "\".";
            case PICKUP_BOOKED -> "Hämtning av " + amount + "\"" + title + "\" är bokad." + reason;
            case PICKUP_REMINDER -> "Påminnelse: hämtning av " + amount + "\"" + title + "\" inom ett dygn." + reason;
            case DELIVERY_REQUESTED -> "Leverans av " + amount + "\"" + title + "\" är begärd." + reason;
            case DELIVERY_ACCEPTED -> "Leveransen av " + amount + "\"" + title + "\" är accepterad." + reason;
            case DELIVERY_DECLINED -> "Leveransen av " + amount + "\"" + title + "\" avböjdes." + reason;
            case DELIVERY_UPDATED -> "Leveransen av " + amount + "\"" + title + "\" har uppdaterats." + reason;
            case DELIVERY_RECEIVED -> amount + "\"" + title + "\" är levererat och mottaget." + reason;
            case MESSAGE_RECEIVED -> "Du har ett nytt meddelande om \"" + title + "\". Läs och svara i Kretslopp.";
        };
        String en = switch (NotificationKind.valueOf(row.getString("kind"))) {
            case RESERVATION_RECEIVED -> "Someone reserved " + amount + "of \"" + title + "\". Confirm or reject.";
            case RESERVATION_CONFIRMED -> "Your reservation of " + amount + "\"" + title + "\" is confirmed.";
            case RESERVATION_REJECTED -> "Your reservation of " + amount + "\"" + title + "\" was rejected." + reason;
            case RESERVATION_CANCELLED -> "The reservation of " + amount + "\"" + title + "\" was cancelled by the buyer.";
            case RESERVATION_EXPIRING -> "The reservation of " + amount + "\"" + title + "\" expires within a day.";
            case RESERVATION_EXPIRED -> "The reservation of " + amount + "\"" + title + "\" has expired and was released.";
            case RESERVATION_HANDED_OVER -> amount + "\"" + title + "\" has been handed over.";
            case WANTED_MATCH -> "\"" + title + "\" (" + amount.strip() + ") matches your wanted request \""
                    + row.getString("reason") + "\".";
            case PICKUP_BOOKED -> "The pickup of " + amount + "\"" + title + "\" is booked." + reason;
            case PICKUP_REMINDER -> "Reminder: the pickup of " + amount + "\"" + title + "\" is within a day." + reason;
            case DELIVERY_REQUESTED -> "A delivery of " + amount + "\"" + title + "\" was requested." + reason;
            case DELIVERY_ACCEPTED -> "The delivery of " + amount + "\"" + title + "\" was accepted." + reason;
            case DELIVERY_DECLINED -> "The delivery of " + amount + "\"" + title + "\" was declined." + reason;
            case DELIVERY_UPDATED -> "The delivery of " + amount + "\"" + title + "\" was updated." + reason;
            case DELIVERY_RECEIVED -> amount + "\"" + title + "\" was delivered and received." + reason;
            case MESSAGE_RECEIVED -> "You have a new message about \"" + title + "\". Read and answer in Kretslopp.";
        };
        String kind = row.getString("kind");
        String page = NotificationKind.WANTED_MATCH.name().equals(kind) ? "/efterfragan"
                : NotificationKind.MESSAGE_RECEIVED.name().equals(kind) ? "/meddelanden/" + row.getUUID("conversation_id")
                : kind.startsWith("DELIVERY_") ? "/leveranser" : "/reservationer";
        return sv + "\n\n" + en + "\n\n" + publicUrl + page + "\n\n"
                + "Du får det här för att du använder Kretslopp. Stäng av e-post under Inställningar.\n";
    }
}
