package se.kretslopp.notification;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import se.kretslopp.common.QueryParams;
import se.kretslopp.notification.api.NotificationPage;
import se.kretslopp.notification.api.NotificationView;

import java.util.Map;
import java.util.UUID;

@Path("/v1/notifications")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
class NotificationResource {

    private final NotificationService notifications;

    NotificationResource(NotificationService notifications) {
        this.notifications = notifications;
    }

    @GET
    @Operation(summary = "Your notifications, newest first, with the number unread")
    public Uni<NotificationPage> mine(@RestQuery String unread, @RestQuery String page, @RestQuery String size) {
        return notifications.mine(QueryParams.bool(unread, false, "unread"), QueryParams.page(page),
                QueryParams.size(size));
    }

    @POST
    @Path("/{id}/read")
    public Uni<NotificationView> read(@RestPath UUID id) {
        return notifications.markRead(id);
    }

    @POST
    @Path("/read-all")
    public Uni<Map<String, Long>> readAll() {
        return notifications.markAllRead().map(unread -> Map.of("unread", unread));
    }
}
