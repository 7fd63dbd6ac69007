package se.kretslopp.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.arc.Arc;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;
import se.kretslopp.identity.CurrentUserService;
import se.kretslopp.identity.api.CurrentUser;

/**
 * Names, for the audit trail's trigger, who makes the changes of the current transaction: the signed-in person and
 * their organisation, the request id and the client address, in the transaction-local setting
 * {@code kretslopp.audit}. Without a request (a scheduled job) nothing is set and the trail records the system.
 */
@ApplicationScoped
class AuditContext {

    /** The transaction last stamped on this request's Vert.x context. */
    private static final String STAMPED = "kretslopp.audit.stamped-transaction";

    private final CurrentUserService users;
    private final CurrentIdentityAssociation identities;
    private final AuditRequest request;
    private final ObjectMapper json;

    AuditContext(CurrentUserService users, CurrentIdentityAssociation identities, AuditRequest request,
                 ObjectMapper json) {
        this.users = users;
        this.identities = identities;
        this.request = request;
        this.json = json;
    }

    /**
     * Sets the context on the current session's transaction (Hibernate Reactive), once per transaction: a
     * {@code @WithTransaction} method called inside another joins its transaction, which is stamped already. A
     * no-op outside a request.
     */
    Uni<Void> stamp() {
        return Panache.getSession().flatMap(session -> {
            Object transaction = session.currentTransaction();
            Context vertx = Vertx.currentContext();
            if (transaction == null || vertx == null || vertx.getLocal(STAMPED) == transaction) {
                return Uni.createFrom().voidItem();
            }
            return describe().flatMap(context -> context == null ? Uni.createFrom().voidItem() : session
                    .createNativeQuery("select set_config('kretslopp.audit', :context, true)")
                    .setParameter("context", context).getSingleResult()
                    .invoke(() -> vertx.putLocal(STAMPED, transaction)).replaceWithVoid());
        });
    }

    /** The author of the current request's changes as the JSON the trigger reads; null outside a request. */
    Uni<String> describe() {
        if (!Arc.container().requestContext().isActive()) {
            return Uni.createFrom().nullItem();
        }
        ObjectNode context = json.createObjectNode();
        context.put("requestId", request.id());
        context.put("clientAddress", request.clientAddress());
        CurrentUser user = users.find().orElse(null);
        if (user != null) {
            context.put("subject", user.subject());
            context.put("name", user.name());
            context.put("organisationId", user.organisation().id().toString());
            context.put("organisation", user.organisation().code());
            return Uni.createFrom().item(context.toString());
        }
        // an installation administrator on the organisations' endpoints, who may belong to none (read without
        // blocking: an anonymous request's identity may not be established yet)
        return identities.getDeferredIdentity().map(identity -> {
            if (!identity.isAnonymous() && identity.getPrincipal() instanceof JsonWebToken token) {
                context.put("subject", token.getSubject());
                context.put("name", token.<String>getClaim("name"));
            }
            return context.toString();
        });
    }
}
