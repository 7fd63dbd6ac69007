package se.kretslopp.notification;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.mailer.reactive.ReactiveMailer;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import se.kretslopp.common.Message;
import se.kretslopp.common.ProblemException;
import se.kretslopp.common.ProblemType;
import se.kretslopp.identity.CurrentUserService;
import se.kretslopp.identity.api.CurrentUser;
import se.kretslopp.notification.api.NotificationKind;
import se.kretslopp.notification.api.NotificationPage;
import se.kretslopp.notification.api.NotificationView;
import se.kretslopp.notification.api.Recipient;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

/**
 * In-app notifications, each also sent by email after the commit (see {@link EmailRelay}). A notification is
 * written in the transaction of the change it tells about, so none is lost and none is told of a change that did
 * not happen; one of a kind per reservation and person, so a job that runs twice cannot notify twice.
 */
@ApplicationScoped
public class NotificationService {

    private final Pool pool;
    private final CurrentUserService users;
    private final ReactiveMailer mailer;

    NotificationService(Pool pool, CurrentUserService users, ReactiveMailer mailer) {
        this.pool = pool;
        this.users = users;
        this.mailer = mailer;
    }

    /**
     * Mails an invitation to join an organisation at once (not through the notification table: the invited person
     * is no user yet). Swedish first, English below. Fails when the mail server refuses it.
     */
    public Uni<Void> mailInvitation(String email, String organisationName, String role, String acceptUrl,
                                    java.time.OffsetDateTime expiresAt) {
        String until = expiresAt.atZoneSameInstant(java.time.ZoneId.of("Europe/Stockholm")).toLocalDate().toString();
        String text = "Hej!\n\n" + organisationName + " bjuder in dig till Kretslopp med rollen " + role + ".\n"
                + "Logga in och tacka ja här (senast " + until + "):\n" + acceptUrl + "\n\n"
                + "Länken kan bara användas en gång. Om du inte väntade dig inbjudan kan du bortse från den.\n\n"
                + "---\n\n"
                + organisationName + " invites you to Kretslopp with the role " + role + ".\n"
                + "Sign in and accept here (by " + until + "):\n" + acceptUrl + "\n\n"
                + "The link works once. If you did not expect this invitation, ignore it.\n";
        return mailer.send(io.quarkus.mailer.Mail.withText(email, "Inbjudan till Kretslopp: " + organisationName
                + " / Invitation to Kretslopp", text));
    }

    /** Notifies the recipients, in the caller's transaction (of the Hibernate session). */
    public Uni<Void> notify(Collection<Recipient> recipients, NotificationKind kind, UUID reservationId,
                            String listingTitle, BigDecimal quantity, String unit, String reason) {
        return insert(recipients, kind, reservationId, listingTitle, quantity, unit, reason, " do nothing");
    }

    /**
     * Notifies the recipients, in the caller's transaction, where a later notification of the same kind about the
     * same reservation replaces the earlier one (unread again, mailed again): for a delivery, whose steps are told
     * one after the other under one kind.
     */
    public Uni<Void> notifyLatest(Collection<Recipient> recipients, NotificationKind kind, UUID reservationId,
                                  String listingTitle, BigDecimal quantity, String unit, String reason) {
        return insert(recipients, kind, reservationId, listingTitle, quantity, unit, reason,
                " do update set listing_title = excluded.listing_title, quantity = excluded.quantity,"
                        + " unit = excluded.unit, reason = excluded.reason, created_at = now(), read_at = null,"
                        + " email_status = 'PENDING', email_attempts = 0");
    }

    private static Uni<Void> insert(Collection<Recipient> recipients, NotificationKind kind, UUID reservationId,
                                    String listingTitle, BigDecimal quantity, String unit, String reason,
                                    String onConflict) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (Recipient recipient : new LinkedHashSet<>(recipients)) {
            if (recipient.username() == null) {
                continue;
            }
            chain = chain.flatMap(v -> Panache.getSession().flatMap(session -> session.createNativeQuery(
                            "insert into notification (id, recipient_organisation_id, recipient_username, kind,"
                                    + " reservation_id, listing_title, quantity, unit, reason) values (:id, :org,"
                                    + " :user, :kind, :reservation, :title, :quantity, :unit, :reason)"
                                    + " on conflict (reservation_id, kind, recipient_organisation_id, recipient_username)"
                                    + onConflict)
                    .setParameter("id", UUID.randomUUID()).setParameter("org", recipient.organisationId())
                    .setParameter("user", recipient.username()).setParameter("kind", kind.name())
                    .setParameter("reservation", reservationId).setParameter("title", listingTitle)
                    .setParameter("quantity", quantity).setParameter("unit", unit).setParameter("reason", reason)
                    .executeUpdate()).replaceWithVoid());
        }
        return chain;
    }

    /**
     * Tells every person of an organisation of a new message in one of its conversations, in the caller's
     * transaction (of the Hibernate session). {@code title} is the conversation's subject. The email relay mails at
     * most one per conversation and person per {@link EmailRelay#MESSAGE_MAIL_INTERVAL}.
     */
    public Uni<Void> notifyMessage(UUID organisationId, UUID conversationId, String title) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery(
                        "insert into notification (id, recipient_organisation_id, recipient_username, kind,"
                                + " conversation_id, listing_title) select gen_random_uuid(), p.organisation_id,"
                                + " p.username, 'MESSAGE_RECEIVED', :conversation, :title from person p"
                                + " where p.organisation_id = :org")
                .setParameter("conversation", conversationId).setParameter("title", title)
                .setParameter("org", organisationId).executeUpdate()).replaceWithVoid();
    }

    /**
     * Tells the owners of wanted requests that a listing satisfies them, in the caller's transaction (on the given
     * connection). Once per request, listing and person, whatever runs twice. The email goes out at once or waits
     * for the person's daily digest, as they chose.
     */
    public Uni<Void> notifyWantedMatches(SqlClient client, UUID listingId, String listingTitle, BigDecimal quantity,
                                         String unit, List<WantedAlert> alerts) {
        if (alerts.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        UUID[] ids = new UUID[alerts.size()];
        UUID[] requests = new UUID[alerts.size()];
        UUID[] orgs = new UUID[alerts.size()];
        String[] users = new String[alerts.size()];
        String[] reasons = new String[alerts.size()];
        for (int i = 0; i < alerts.size(); i++) {
            WantedAlert alert = alerts.get(i);
            ids[i] = UUID.randomUUID();
            requests[i] = alert.wantedRequestId();
            orgs[i] = alert.recipient().organisationId();
            users[i] = alert.recipient().username();
            reasons[i] = alert.requestText();
        }
        return client.preparedQuery("""
                        insert into notification (id, recipient_organisation_id, recipient_username, kind,
                            wanted_request_id, listing_id, listing_title, quantity, unit, reason, email_status)
                        select a.id, a.org, a.username, 'WANTED_MATCH', a.request, $6, $7, $8, $9, a.reason,
                            case when p.wanted_alerts = 'DAILY_DIGEST' then 'DIGEST' else 'PENDING' end
                        from unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::text[], $5::text[])
                            as a (id, request, org, username, reason)
                        left join person p on p.organisation_id = a.org and p.username = a.username
                        on conflict (wanted_request_id, listing_id, recipient_organisation_id, recipient_username)
                            where kind = 'WANTED_MATCH' do nothing""")
                .execute(Tuple.tuple().addArrayOfUUID(ids).addArrayOfUUID(requests).addArrayOfUUID(orgs)
                        .addArrayOfString(users).addArrayOfString(reasons).addUUID(listingId).addString(listingTitle)
                        .addValue(quantity).addString(unit))
                .replaceWithVoid();
    }

    /** One owner of a wanted request to tell about a matching listing. */
    public record WantedAlert(UUID wantedRequestId, Recipient recipient, String requestText) {
    }

    /** The caller's notifications, newest first. */
    public Uni<NotificationPage> mine(boolean unreadOnly, int page, int size) {
        CurrentUser user = users.current();
        String where = " where recipient_organisation_id = $1 and recipient_username = $2"
                + (unreadOnly ? " and read_at is null" : "");
        Tuple me = Tuple.of(user.organisation().id(), user.username());
        return pool.preparedQuery("select count(*) as total, count(*) filter (where read_at is null) as unread"
                        + " from notification" + where).execute(me)
                .flatMap(counts -> pool.preparedQuery("select * from notification" + where
                                + " order by created_at desc, id limit $3 offset $4")
                        .execute(Tuple.of(user.organisation().id(), user.username(), size, page * size))
                        .map(rows -> {
                            Row count = counts.iterator().next();
                            return new NotificationPage(views(rows), page, size, count.getLong("total"),
                                    count.getLong("unread"));
                        }));
    }

    public Uni<NotificationView> markRead(UUID id) {
        CurrentUser user = users.current();
        return pool.preparedQuery("update notification set read_at = coalesce(read_at, now()) where id = $1"
                        + " and recipient_organisation_id = $2 and recipient_username = $3 returning *")
                .execute(Tuple.of(id, user.organisation().id(), user.username()))
                .map(rows -> {
                    if (rows.size() == 0) {
                        throw new ProblemException(ProblemType.NOT_FOUND, Message.of("notFound.notification"));
                    }
                    return views(rows).get(0);
                });
    }

    public Uni<Long> markAllRead() {
        CurrentUser user = users.current();
        return pool.preparedQuery("update notification set read_at = now() where read_at is null"
                        + " and recipient_organisation_id = $1 and recipient_username = $2")
                .execute(Tuple.of(user.organisation().id(), user.username())).map(rows -> 0L);
    }

    static List<NotificationView> views(RowSet<Row> rows) {
        List<NotificationView> views = new ArrayList<>(rows.size());
        for (Row row : rows) {
            BigDecimal quantity = row.getBigDecimal("quantity");
            views.add(new NotificationView(row.getUUID("id"), NotificationKind.valueOf(row.getString("kind")),
                    row.getUUID("reservation_id"), row.getString("listing_title"),
                    quantity == null ? null : tidy(quantity), row.getString("unit"), row.getString("reason"),
                    row.getOffsetDateTime("created_at"), row.getOffsetDateTime("read_at"),
                    row.getUUID("wanted_request_id"), row.getUUID("listing_id"), row.getUUID("conversation_id")));
        }
        return views;
    }

    static BigDecimal tidy(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
