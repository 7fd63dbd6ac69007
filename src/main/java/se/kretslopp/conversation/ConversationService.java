package se.kretslopp.conversation;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import se.kretslopp.common.FieldCode;
import se.kretslopp.common.Idempotency;
import se.kretslopp.common.Message;
import se.kretslopp.common.Page;
import se.kretslopp.common.Problem;
import se.kretslopp.common.ProblemException;
import se.kretslopp.common.ProblemType;
import se.kretslopp.conversation.api.ConversationStart;
import se.kretslopp.conversation.api.ConversationView;
import se.kretslopp.conversation.api.MessageRequest;
import se.kretslopp.conversation.api.MessageView;
import se.kretslopp.conversation.api.OrganisationRef;
import se.kretslopp.conversation.api.SubjectKind;
import se.kretslopp.conversation.api.UnreadCount;
import se.kretslopp.identity.CurrentUserService;
import se.kretslopp.identity.api.CurrentUser;
import se.kretslopp.listing.ListingService;
import se.kretslopp.notification.NotificationService;
import se.kretslopp.organisation.OrganisationService;
import se.kretslopp.organisation.api.OrganisationView;
import se.kretslopp.reservation.ReservationService;
import se.kretslopp.wanted.WantedService;

import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Conversations between two organisations about a listing, a reservation or a wanted request (docs/conversations.md):
 * starting one (or finding the one there is), the inbox, reading and writing messages, and how far each person has
 * read. Everybody of either organisation reads and writes the thread; to everybody else it does not exist (404).
 * A new message notifies the people of the other organisation.
 */
@ApplicationScoped
public class ConversationService {

    /** Longest message, in characters once trimmed. */
    static final int MAX_TEXT = 4000;

    private final ConversationRepository conversations;
    private final MessageRepository messages;
    private final MessageViews views;
    private final ListingService listings;
    private final ReservationService reservations;
    private final WantedService wanted;
    private final NotificationService notifications;
    private final OrganisationService organisations;
    private final CurrentUserService users;
    private final Idempotency idempotency;

    ConversationService(ConversationRepository conversations, MessageRepository messages, MessageViews views,
                        ListingService listings, ReservationService reservations, WantedService wanted,
                        NotificationService notifications, OrganisationService organisations,
                        CurrentUserService users, Idempotency idempotency) {
        this.conversations = conversations;
        this.messages = messages;
        this.views = views;
        this.listings = listings;
        this.reservations = reservations;
        this.wanted = wanted;
        this.notifications = notifications;
        this.organisations = organisations;
        this.users = users;
        this.idempotency = idempotency;
    }

    /** Who is on each side of a new thread, and what it is called. */
    private record Parties(SubjectKind kind, UUID subjectId, String title, UUID buyer, UUID seller) {
    }

    /**
     * Starts the caller's organisation's thread about the subject, or answers the one there is (201 for a new one,
     * 200 for the existing one): one per subject and pair of organisations.
     */
    @WithTransaction
    public Uni<Response> start(ConversationStart request, String key) {
        CurrentUser user = users.current();
        return idempotency.once(key, owner(user), "POST", "/api/v1/conversations", request,
                () -> parties(request, user).flatMap(parties -> findOrCreate(parties, user))
                        .flatMap(found -> view(found.conversation(), user).map(view -> found.created()
                                ? Response.created(URI.create("/api/v1/conversations/" + view.id())).entity(view).build()
                                : Response.ok(view).build())));
    }

    @WithSession
    public Uni<ConversationView> get(UUID id) {
        CurrentUser user = users.current();
        return readable(id, user).flatMap(c -> view(c, user));
    }

    /** The threads of the caller's organisation, the most recently active first. */
    @WithSession
    public Uni<Page<ConversationView>> inbox(boolean unreadOnly, int page, int size) {
        CurrentUser user = users.current();
        UUID org = user.organisation().id();
        String from = " from conversation c left join conversation_read r on r.conversation_id = c.id"
                + " and r.organisation_id = :org and r.username = :user"
                + " where (c.buyer_organisation_id = :org or c.seller_organisation_id = :org)"
                + (unreadOnly ? " and exists (" + UNREAD_OF_C + ")" : "");
        return Panache.getSession().flatMap(session -> session.createNativeQuery("select count(*)" + from, Long.class)
                        .setParameter("org", org).setParameter("user", user.username()).getSingleResult()
                        .flatMap(total -> session.createNativeQuery("select c.id" + from
                                        + " order by coalesce(c.last_message_at, c.created_at) desc, c.id"
                                        + " limit :limit offset :offset", UUID.class)
                                .setParameter("org", org).setParameter("user", user.username())
                                .setParameter("limit", size).setParameter("offset", page * size).getResultList()
                                .flatMap(ids -> ids.isEmpty() ? Uni.createFrom().item(List.<Conversation>of())
                                        : conversations.list("id in ?1", ids).map(found -> found.stream()
                                        .sorted(java.util.Comparator.comparingInt(c -> ids.indexOf(c.id))).toList()))
                                .flatMap(found -> views(found, user))
                                .map(list -> new Page<>(list, page, size, total))));
    }

    /** The caller's unread messages in all their organisation's threads, and in how many threads. */
    @WithSession
    public Uni<UnreadCount> unread() {
        CurrentUser user = users.current();
        return Panache.getSession().flatMap(session -> session.createNativeQuery(
                        "select count(*), count(distinct m.conversation_id) from conversation c"
                                + " join conversation_message m on m.conversation_id = c.id"
                                + " left join conversation_read r on r.conversation_id = c.id"
                                + " and r.organisation_id = :org and r.username = :user"
                                + " where (c.buyer_organisation_id = :org or c.seller_organisation_id = :org)"
                                + " and m.organisation_id <> :org and (r.read_at is null or m.created_at > r.read_at)",
                        Object[].class)
                .setParameter("org", user.organisation().id()).setParameter("user", user.username())
                .getSingleResult())
                .map(row -> new UnreadCount(((Number) row[0]).longValue(), ((Number) row[1]).longValue()));
    }

    /** A thread's messages, newest first. */
    @WithSession
    public Uni<Page<MessageView>> messages(UUID id, int page, int size) {
        CurrentUser user = users.current();
        return readable(id, user).flatMap(c -> messages.count("conversationId", id)
                .flatMap(total -> messages.find("conversationId", Sort.descending("createdAt", "id"), id)
                        .page(page, size).list()
                        .flatMap(found -> views.of(found, user))
                        .map(list -> new Page<>(list, page, size, total))));
    }

    /** Writes a message (201); the people of the other organisation are notified. */
    @WithTransaction
    public Uni<Response> post(UUID id, MessageRequest request, String key) {
        CurrentUser user = users.current();
        requireText(request.text());
        return idempotency.once(key, owner(user), "POST", "/api/v1/conversations/" + id + "/messages", request,
                () -> readable(id, user).flatMap(c -> {
                    OffsetDateTime now = now();
                    ConversationMessage m = new ConversationMessage();
                    m.id = UUID.randomUUID();
                    m.conversationId = c.id;
                    m.organisationId = user.organisation().id();
                    m.authorUsername = user.username();
                    m.authorName = user.name();
                    m.text = request.text();
                    m.createdAt = now;
                    c.lastMessageAt = now;
                    return messages.persist(m)
                            .call(saved -> markRead(c.id, user, now))
                            .call(saved -> notifications.notifyMessage(c.otherThan(m.organisationId), c.id,
                                    c.subjectTitle))
                            .call(saved -> messages.flush())
                            .flatMap(saved -> views.of(List.of(saved), user))
                            .map(list -> Response.created(URI.create("/api/v1/conversations/" + c.id + "/messages/"
                                    + m.id)).entity(list.get(0)).build());
                }));
    }

    /** Marks the thread read up to now for the caller; answers the thread. */
    @WithTransaction
    public Uni<Response> read(UUID id, String key) {
        CurrentUser user = users.current();
        return idempotency.once(key, owner(user), "POST", "/api/v1/conversations/" + id + "/read", Map.of(),
                () -> readable(id, user).call(c -> markRead(c.id, user, now()))
                        .flatMap(c -> view(c, user)).map(view -> Response.ok(view).build()));
    }

    // ---- for the other classes of the feature -----------------------------------------------------------------

    /** The thread if the caller's organisation takes part in it; 404 otherwise, so that ids reveal nothing. */
    Uni<Conversation> readable(UUID id, CurrentUser user) {
        return conversations.findById(id).map(c -> {
            if (c == null || user.organisation() == null || !c.hasParticipant(user.organisation().id())) {
                throw notFound();
            }
            return c;
        });
    }

    static ProblemException notFound() {
        return new ProblemException(ProblemType.NOT_FOUND, Message.of("notFound.conversation"));
    }

    static String owner(CurrentUser user) {
        return user.organisation().id() + "/" + user.subject();
    }

    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }

    /** 1 to {@value #MAX_TEXT} characters once trimmed (control characters are refused as the JSON is read). */
    static void requireText(String text) {
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION, Message.of("detail.conversation.text"),
                    List.of(Problem.FieldError.of("text", FieldCode.NOT_BLANK, "field.notBlank")));
        }
        int length = trimmed.codePointCount(0, trimmed.length());
        if (length > MAX_TEXT) {
            throw new ProblemException(ProblemType.VALIDATION, Message.of("detail.conversation.text"),
                    List.of(Problem.FieldError.of("text", FieldCode.SIZE, "field.conversation.textLength", MAX_TEXT)
                            .withMin(1).withMax(MAX_TEXT)));
        }
    }

    // ---- starting ---------------------------------------------------------------------------------------------

    private static final String UNREAD_OF_C = "select 1 from conversation_message m where m.conversation_id = c.id"
            + " and m.organisation_id <> :org and (r.read_at is null or m.created_at > r.read_at)";

    private Uni<Parties> parties(ConversationStart request, CurrentUser user) {
        UUID mine = user.organisation().id();
        UUID id = request.subjectId();
        return switch (request.subjectKind()) {
            case LISTING -> unknownAs422(listings.get(id)).map(listing -> {
                if (listing.organisation().id().equals(mine)) {
                    throw own("conversation.subject.ownListing");
                }
                return new Parties(SubjectKind.LISTING, id, listing.title(), mine, listing.organisation().id());
            });
            case RESERVATION -> unknownAs422(reservations.get(id)).map(r -> new Parties(SubjectKind.RESERVATION, id,
                    r.listing() == null ? "" : r.listing().title(), r.buyer().id(), r.seller().id()));
            case WANTED -> wanted.offerable(id).map(found -> {
                var w = found.orElseThrow(ConversationService::unknownSubject);
                if (w.organisationId().equals(mine)) {
                    throw own("conversation.subject.ownWanted");
                }
                return new Parties(SubjectKind.WANTED, id, w.text(), w.organisationId(), mine);
            });
        };
    }

    private static <T> Uni<T> unknownAs422(Uni<T> lookup) {
        return lookup.onFailure(ProblemException.class).transform(e ->
                ((ProblemException) e).problem().status() == 404 ? unknownSubject() : e);
    }

    private static ProblemException unknownSubject() {
        return new ProblemException(ProblemType.UNPROCESSABLE, Message.of("detail.conversation.unknownSubject"),
                List.of(Problem.FieldError.of("subjectId", FieldCode.UNKNOWN_REFERENCE,
                        "field.conversation.unknownSubject")));
    }

    private static ProblemException own(String key) {
        return new ProblemException(ProblemType.UNPROCESSABLE, Message.of("detail.conversation.ownSubject"),
                List.of(Problem.FieldError.of("subjectId", FieldCode.NOT_ALLOWED, key)));
    }

    private record Found(Conversation conversation, boolean created) {
    }

    /** One statement decides, so that two people starting the same thread at once end in the same one. */
    private Uni<Found> findOrCreate(Parties p, CurrentUser user) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery(
                        "insert into conversation (id, subject_kind, subject_id, subject_title, buyer_organisation_id,"
                                + " seller_organisation_id, started_by_organisation_id, started_by, created_at)"
                                + " values (:id, :kind, :subject, :title, :buyer, :seller, :org, :by, :now)"
                                + " on conflict (subject_kind, subject_id, buyer_organisation_id, seller_organisation_id)"
                                + " do nothing")
                .setParameter("id", UUID.randomUUID()).setParameter("kind", p.kind().name())
                .setParameter("subject", p.subjectId()).setParameter("title", title(p.title()))
                .setParameter("buyer", p.buyer()).setParameter("seller", p.seller())
                .setParameter("org", user.organisation().id()).setParameter("by", user.username())
                .setParameter("now", now()).executeUpdate()
                .flatMap(inserted -> conversations.find("subjectKind = ?1 and subjectId = ?2"
                                + " and buyerOrganisationId = ?3 and sellerOrganisationId = ?4", p.kind(), p.subjectId(),
                        p.buyer(), p.seller()).singleResult().map(c -> new Found(c, inserted > 0))));
    }

    private static String title(String text) {
        String t = text == null ? "" : text.strip();
        return t.length() > 200 ? t.substring(0, 200) : t;
    }

    // ---- reading ----------------------------------------------------------------------------------------------

    private Uni<Void> markRead(UUID conversationId, CurrentUser user, OffsetDateTime at) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery(
                        "insert into conversation_read (conversation_id, organisation_id, username, read_at)"
                                + " values (:c, :org, :user, :at) on conflict (conversation_id, organisation_id, username)"
                                + " do update set read_at = greatest(conversation_read.read_at, excluded.read_at)")
                .setParameter("c", conversationId).setParameter("org", user.organisation().id())
                .setParameter("user", user.username()).setParameter("at", at).executeUpdate()).replaceWithVoid();
    }

    private Uni<ConversationView> view(Conversation c, CurrentUser user) {
        return views(List.of(c), user).map(list -> list.get(0));
    }

    /** Views in the order given: with the organisations, each thread's last message and the reader's unread count. */
    private Uni<List<ConversationView>> views(List<Conversation> found, CurrentUser user) {
        if (found.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        Set<UUID> ids = new HashSet<>();
        Set<UUID> orgIds = new HashSet<>();
        found.forEach(c -> {
            ids.add(c.id);
            orgIds.add(c.buyerOrganisationId);
            orgIds.add(c.sellerOrganisationId);
        });
        UUID org = user.organisation().id();
        return Panache.getSession().flatMap(session -> session.createNativeQuery(
                        "select c.id, (select count(*) from conversation_message m where m.conversation_id = c.id"
                                + " and m.organisation_id <> :org and (r.read_at is null or m.created_at > r.read_at)),"
                                + " (select m.id from conversation_message m where m.conversation_id = c.id"
                                + " order by m.created_at desc, m.id desc limit 1)"
                                + " from conversation c left join conversation_read r on r.conversation_id = c.id"
                                + " and r.organisation_id = :org and r.username = :user where c.id in (:ids)",
                        Object[].class)
                .setParameter("org", org).setParameter("user", user.username()).setParameter("ids", ids)
                .getResultList())
                .flatMap(rows -> {
                    Map<UUID, Long> unread = new HashMap<>();
                    Map<UUID, UUID> last = new HashMap<>();
                    rows.forEach(row -> {
                        unread.put((UUID) row[0], ((Number) row[1]).longValue());
                        if (row[2] != null) {
                            last.put((UUID) row[0], (UUID) row[2]);
                        }
                    });
                    Uni<List<ConversationMessage>> lastMessages = last.isEmpty() ? Uni.createFrom().item(List.of())
                            : messages.list("id in ?1", new ArrayList<>(last.values()));
                    return lastMessages.flatMap(found2 -> views.of(found2, user, false))
                            .flatMap(lastViews -> organisations.findByIds(orgIds).map(orgs -> {
                                Map<UUID, MessageView> byThread = new HashMap<>();
                                lastViews.forEach(v -> byThread.put(v.conversationId(), v));
                                return found.stream().map(c -> new ConversationView(c.id, c.subjectKind, c.subjectId,
                                        c.subjectTitle, ref(orgs, c.buyerOrganisationId),
                                        ref(orgs, c.sellerOrganisationId), ref(orgs, c.otherThan(org)), c.startedBy,
                                        c.createdAt, c.lastMessageAt, byThread.get(c.id),
                                        unread.getOrDefault(c.id, 0L))).toList();
                            }));
                });
    }

    static OrganisationRef ref(Map<UUID, OrganisationView> orgs, UUID id) {
        OrganisationView o = orgs.get(id);
        return o == null ? new OrganisationRef(id, null, null) : new OrganisationRef(o.id(), o.code(), o.name());
    }
}
