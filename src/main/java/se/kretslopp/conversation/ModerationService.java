package se.kretslopp.conversation;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import se.kretslopp.common.Idempotency;
import se.kretslopp.common.Message;
import se.kretslopp.common.Page;
import se.kretslopp.common.ProblemException;
import se.kretslopp.common.ProblemType;
import se.kretslopp.conversation.api.ReportRequest;
import se.kretslopp.conversation.api.ReportedMessage;
import se.kretslopp.identity.CurrentUserService;
import se.kretslopp.identity.api.CurrentUser;
import se.kretslopp.organisation.OrganisationService;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Reports and moderation: any participant reports a message (once), the installation's administrators see the
 * reported messages and hide one with a reason. A hidden message is kept, with who hid it, when and why (and the
 * audit trail records the hiding); participants see only that it was hidden.
 */
@ApplicationScoped
class ModerationService {

    private final ConversationService conversations;
    private final ConversationRepository threads;
    private final MessageRepository messages;
    private final OrganisationService organisations;
    private final CurrentUserService users;
    private final Idempotency idempotency;

    ModerationService(ConversationService conversations, ConversationRepository threads, MessageRepository messages,
                      OrganisationService organisations, CurrentUserService users, Idempotency idempotency) {
        this.conversations = conversations;
        this.threads = threads;
        this.messages = messages;
        this.organisations = organisations;
        this.users = users;
        this.idempotency = idempotency;
    }

    /** Reports a message of a thread the caller takes part in; reporting it again changes nothing (204). */
    @WithTransaction
    Uni<Response> report(UUID conversationId, UUID messageId, ReportRequest request, String key) {
        CurrentUser user = users.current();
        return idempotency.once(key, ConversationService.owner(user), "POST", "/api/v1/conversations/"
                        + conversationId + "/messages/" + messageId + "/report", request,
                () -> conversations.readable(conversationId, user).flatMap(c -> messages.findById(messageId))
                        .flatMap(m -> {
                            if (m == null || !m.conversationId.equals(conversationId)) {
                                throw new ProblemException(ProblemType.NOT_FOUND,
                                        Message.of("notFound.conversationMessage"));
                            }
                            return Panache.getSession().flatMap(session -> session.createNativeQuery(
                                            "insert into conversation_report (id, message_id, organisation_id, username,"
                                                    + " reason, created_at) values (:id, :message, :org, :user, :reason,"
                                                    + " :at) on conflict (message_id, organisation_id, username)"
                                                    + " do nothing")
                                    .setParameter("id", UUID.randomUUID()).setParameter("message", messageId)
                                    .setParameter("org", user.organisation().id())
                                    .setParameter("user", user.username())
                                    .setParameter("reason", request.reason().strip())
                                    .setParameter("at", ConversationService.now()).executeUpdate());
                        })
                        .map(n -> Response.noContent().build()));
    }

    /** Reported messages, the most recently reported first: still shown ({@code hidden} false) or hidden. */
    @WithSession
    Uni<Page<ReportedMessage>> queue(boolean hidden, int page, int size) {
        String where = " where exists (select 1 from conversation_report r where r.message_id = m.id)"
                + " and m.hidden_at is " + (hidden ? "not null" : "null");
        return Panache.getSession().flatMap(session -> session.createNativeQuery(
                                "select count(*) from conversation_message m" + where, Long.class).getSingleResult()
                .flatMap(total -> session.createNativeQuery("select m.id from conversation_message m" + where
                                + " order by (select max(r.created_at) from conversation_report r"
                                + " where r.message_id = m.id) desc, m.id limit :limit offset :offset", UUID.class)
                        .setParameter("limit", size).setParameter("offset", page * size).getResultList()
                        .flatMap(this::reported)
                        .map(list -> new Page<>(list, page, size, total))));
    }

    /** Hides the message with the moderator's reason; hiding a hidden message changes nothing. */
    @WithTransaction
    Uni<Response> hide(UUID messageId, ReportRequest request, String key, String moderatorSubject, String moderator) {
        return idempotency.once(key, "moderator/" + moderatorSubject, "POST", "/api/v1/admin/moderation/messages/"
                        + messageId + "/hide", request,
                () -> messages.findById(messageId).flatMap(m -> {
                    if (m == null) {
                        throw new ProblemException(ProblemType.NOT_FOUND, Message.of("notFound.conversationMessage"));
                    }
                    if (m.hiddenAt == null) {
                        m.hiddenAt = ConversationService.now();
                        m.hiddenBy = moderator;
                        m.hiddenReason = request.reason().strip();
                    }
                    return messages.flush().flatMap(v -> reported(List.of(m.id)))
                            .map(list -> Response.ok(list.get(0)).build());
                }));
    }

    private Uni<List<ReportedMessage>> reported(List<UUID> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return messages.list("id in ?1", ids).flatMap(found -> {
            Set<UUID> threadIds = new HashSet<>();
            found.forEach(m -> threadIds.add(m.conversationId));
            return threads.list("id in ?1", new ArrayList<>(threadIds)).flatMap(convs -> Panache.getSession()
                    .flatMap(session -> session.createNativeQuery("select message_id, reason, username,"
                                    + " organisation_id, created_at from conversation_report where message_id in (:ids)"
                                    + " order by created_at, id", Object[].class)
                            .setParameter("ids", ids).getResultList())
                    .flatMap(reports -> {
                        Set<UUID> orgIds = new HashSet<>();
                        found.forEach(m -> orgIds.add(m.organisationId));
                        reports.forEach(r -> orgIds.add((UUID) r[3]));
                        return organisations.findByIds(orgIds).map(orgs -> {
                            Map<UUID, String> titles = new HashMap<>();
                            convs.forEach(c -> titles.put(c.id, c.subjectTitle));
                            Map<UUID, List<ReportedMessage.Report>> byMessage = new HashMap<>();
                            reports.forEach(r -> byMessage.computeIfAbsent((UUID) r[0], k -> new ArrayList<>())
                                    .add(new ReportedMessage.Report((String) r[1], (String) r[2],
                                            ConversationService.ref(orgs, (UUID) r[3]), at(r[4]))));
                            Map<UUID, ConversationMessage> byId = new HashMap<>();
                            found.forEach(m -> byId.put(m.id, m));
                            return ids.stream().map(byId::get).filter(java.util.Objects::nonNull)
                                    .map(m -> new ReportedMessage(m.id, m.conversationId, titles.get(m.conversationId),
                                            ConversationService.ref(orgs, m.organisationId), m.authorUsername,
                                            m.authorName, m.text, m.createdAt, m.hiddenAt, m.hiddenBy, m.hiddenReason,
                                            byMessage.getOrDefault(m.id, List.of())))
                                    .toList();
                        });
                    }));
        });
    }

    private static OffsetDateTime at(Object value) {
        if (value instanceof OffsetDateTime t) {
            return t;
        }
        if (value instanceof java.time.Instant i) {
            return i.atOffset(java.time.ZoneOffset.UTC);
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant().atOffset(java.time.ZoneOffset.UTC);
        }
        return value == null ? null : OffsetDateTime.parse(value.toString());
    }
}
