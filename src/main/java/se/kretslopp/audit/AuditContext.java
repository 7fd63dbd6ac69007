package se.kretslopp.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.arc.Arc;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import se.kretslopp.identity.CurrentUserService;
import se.kretslopp.identity.api.CurrentUser;

/**
 * Names, for the audit trail's trigger, who makes the changes of the current transaction: the signed-in person and
 * their organisation, the request id and the client address, in the transaction-local setting
 * {@code kretslopp.audit}. Without a request (a scheduled job) nothing is set and the trail records the system.
 */
@ApplicationScoped
class AuditContext {

    private final CurrentUserService users;
    private final AuditRequest request;
    private final ObjectMapper json;

    AuditContext(CurrentUserService users, AuditRequest request, ObjectMapper json) {
        this.users = users;
        this.request = request;
        this.json = json;
    }

    /** Sets the context on the current session's transaction (Hibernate Reactive); a no-op outside a request. */
    Uni<Void> stamp() {
        String context = describe();
        if (context == null) {
            return Uni.createFrom().voidItem();
        }
        return Panache.getSession().flatMap(session -> session
                        .createNativeQuery("select set_config('kretslopp.audit', :context, true)")
                        .setParameter("context", context).getSingleResult())
                .replaceWithVoid();
    }

    private String describe() {
        if (!Arc.container().requestContext().isActive()) {
            return null;
        }
        ObjectNode context = json.createObjectNode();
        CurrentUser user = users.find().orElse(null);
        if (user != null) {
            context.put("subject", user.subject());
            context.put("name", user.name());
            context.put("organisationId", user.organisation().id().toString());
            context.put("organisation", user.organisation().code());
        }
        context.put("requestId", request.id());
        context.put("clientAddress", request.clientAddress());
        return context.toString();
    }
}
