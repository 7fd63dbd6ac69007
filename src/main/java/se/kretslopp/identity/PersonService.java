package se.kretslopp.identity;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import se.kretslopp.common.Problem;
import se.kretslopp.common.ProblemException;
import se.kretslopp.identity.api.Contact;
import se.kretslopp.identity.api.CurrentUser;
import se.kretslopp.identity.api.DataSubject;
import se.kretslopp.identity.api.KnownPerson;
import se.kretslopp.identity.api.Preferences;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The people who have used the service, remembered from their tokens (name and email as the identity provider
 * gives them) so that notifications can reach them, with their own preferences. A pseudonymised person is never
 * written back from a token: their token is refused (docs/privacy.md#what-pseudonymisation-replaces).
 */
@ApplicationScoped
public class PersonService {

    private static final Duration REMEMBER_EVERY = Duration.ofMinutes(10);

    /** The problem type of a pseudonymised person's token: their identity here has been replaced. */
    public static final String PSEUDONYMISED_TYPE = "urn:kretslopp:problem:person-pseudonymised";

    private final Pool pool;
    private final Map<String, Instant> remembered = new ConcurrentHashMap<>();

    PersonService(Pool pool) {
        this.pool = pool;
    }

    /**
     * Records (at most every ten minutes per person) who the caller is and how to reach them; refuses (403
     * {@value #PSEUDONYMISED_TYPE}) a person who was pseudonymised, whose name must not come back.
     */
    Uni<Void> remember(CurrentUser user) {
        if (user.username() == null) {
            return Uni.createFrom().voidItem();
        }
        String key = key(user.organisation().id(), user.username());
        Instant last = remembered.get(key);
        if (last != null && last.isAfter(Instant.now().minus(REMEMBER_EVERY))) {
            return Uni.createFrom().voidItem();
        }
        remembered.put(key, Instant.now());
        // who someone is can be recorded next time: it never stands in the way of their request
        return upsert(user).onFailure().invoke(e -> remembered.remove(key)).onFailure().recoverWithItem(true)
                .map(written -> {
                    if (!written) {
                        remembered.remove(key);
                        throw pseudonymised();
                    }
                    return null;
                });
    }

    /** Forgets that a person was seen lately, so that their next request is checked again. */
    public void forget(UUID organisationId, String username) {
        remembered.remove(key(organisationId, username));
    }

    private static String key(UUID organisationId, String username) {
        return organisationId + "/" + username;
    }

    private static ProblemException pseudonymised() {
        return new ProblemException(new Problem(PSEUDONYMISED_TYPE, "Person pseudonymised", 403,
                "Your person record in Kretslopp has been pseudonymised by an administrator; this account can no"
                        + " longer be used here. Ask your organisation's administrator.", null, List.of()));
    }

    /** Writes the person's name and email from their token; false (nothing written) when they are pseudonymised. */
    private Uni<Boolean> upsert(CurrentUser user) {
        return pool.preparedQuery("insert into person (organisation_id, username, subject, name, email)"
                        + " values ($1, $2, $3, $4, $5) on conflict (organisation_id, username) do update set"
                        + " subject = excluded.subject, name = excluded.name, email = excluded.email, seen_at = now()"
                        + " where person.pseudonymised_at is null returning 1")
                .execute(Tuple.of(user.organisation().id(), user.username(), user.subject(), user.name(), user.email()))
                .map(rows -> rows.size() > 0);
    }

    /**
     * The person of an organisation named by username or token subject, locked in the given transaction until it
     * ends (so that two pseudonymisations of one person do not overlap); empty when there is none.
     */
    public Uni<Optional<KnownPerson>> lock(SqlConnection transaction, UUID organisationId, String usernameOrSubject) {
        return transaction.preparedQuery("select organisation_id, username, subject, name, email, pseudonym,"
                        + " pseudonymised_at from person where organisation_id = $1 and (username = $2 or subject = $2)"
                        + " order by username = $2 desc limit 1 for update")
                .execute(Tuple.of(organisationId, usernameOrSubject))
                .map(rows -> {
                    if (rows.size() == 0) {
                        return Optional.empty();
                    }
                    Row row = rows.iterator().next();
                    return Optional.of(new KnownPerson(row.getUUID("organisation_id"), row.getString("username"),
                            row.getString("subject"), row.getString("name"), row.getString("email"),
                            row.getString("pseudonym"), row.getOffsetDateTime("pseudonymised_at")));
                });
    }

    /**
     * The person as Kretslopp last knew them by their token's subject, for someone whose organisation is no longer
     * registered or active (removed, deactivated): their organisation then and the username the features recorded
     * them by. Without any record, only their subject and email (what joining keeps is found by those).
     */
    public Uni<DataSubject> lastKnown(String subject, String username, String email) {
        return pool.preparedQuery("select organisation_id, username from person where subject = $1"
                        + " order by seen_at desc limit 1")
                .execute(Tuple.of(subject))
                .map(rows -> {
                    var it = rows.iterator();
                    if (!it.hasNext()) {
                        return new DataSubject(null, username == null ? subject : username, subject, email);
                    }
                    var row = it.next();
                    return new DataSubject(row.getUUID("organisation_id"), row.getString("username"), subject, email);
                });
    }

    public Uni<Preferences> preferences(CurrentUser user) {
        return upsert(user).flatMap(v -> pool.preparedQuery("select email, email_notifications, wanted_alerts,"
                        + " message_emails from person"
                        + " where organisation_id = $1 and username = $2")
                .execute(Tuple.of(user.organisation().id(), user.username()))
                .map(rows -> {
                    Row row = rows.iterator().next();
                    return new Preferences(row.getBoolean("email_notifications"), row.getString("email"),
                            Preferences.WantedAlerts.valueOf(row.getString("wanted_alerts")),
                            row.getBoolean("message_emails"));
                }));
    }

    /**
     * Sets the email choice and, when given, how wanted-request alerts are mailed and whether messages are
     * (null: unchanged).
     */
    public Uni<Preferences> setPreferences(CurrentUser user, boolean emailNotifications,
                                           Preferences.WantedAlerts wantedAlerts, Boolean messageEmails) {
        return upsert(user).flatMap(v -> pool.preparedQuery("update person set email_notifications = $3,"
                        + " wanted_alerts = coalesce($4, wanted_alerts), message_emails = coalesce($5, message_emails)"
                        + " where organisation_id = $1 and username = $2")
                .execute(Tuple.of(user.organisation().id(), user.username(), emailNotifications,
                        wantedAlerts == null ? null : wantedAlerts.name(), messageEmails)))
                .flatMap(v -> preferences(user));
    }

    /**
     * The usernames of the people of an organisation who have used the service, in the caller's Hibernate session:
     * whom to tell of something addressed to the organisation as a whole (a delivery asked of a carrier).
     */
    public Uni<java.util.List<String>> usernames(UUID organisationId) {
        return io.quarkus.hibernate.reactive.panache.Panache.getSession().flatMap(session -> session
                .createNativeQuery("select username from person where organisation_id = :org order by username",
                        String.class)
                .setParameter("org", organisationId).getResultList());
    }

    /** How to reach a person by email, if they want it and we know their address. */
    public Uni<Optional<Contact>> contact(UUID organisationId, String username) {
        return pool.preparedQuery("select name, email, email_notifications from person"
                        + " where organisation_id = $1 and username = $2")
                .execute(Tuple.of(organisationId, username))
                .map(rows -> {
                    if (rows.size() == 0) {
                        return Optional.empty();
                    }
                    Row row = rows.iterator().next();
                    return Optional.of(new Contact(row.getString("name"), row.getString("email"),
                            row.getBoolean("email_notifications")));
                });
    }
}
