package se.kretslopp.inventory;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import se.kretslopp.common.Page;
import se.kretslopp.common.QueryParams;
import se.kretslopp.inventory.api.ItemRequest;
import se.kretslopp.inventory.api.ItemView;

import java.net.URI;
import java.util.UUID;

@Path("/api/v1/items")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
class InventoryItemResource {

    private final InventoryItemService items;

    InventoryItemResource(InventoryItemService items) {
        this.items = items;
    }

    @GET
    @Path("/{id}")
    public Uni<Response> get(@RestPath UUID id) {
        return items.get(id).map(item -> Response.ok(item).tag(etag(item)).build());
    }

    @PUT
    @Path("/{id}")
    @Operation(summary = "Replace an item; send If-Match with its ETag to refuse a stale write (412)")
    public Uni<Response> update(@RestPath UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                @Valid @NotNull ItemRequest request) {
        return items.update(id, QueryParams.ifMatchVersion(ifMatch), request)
                .map(item -> Response.ok(item).tag(etag(item)).build());
    }

    @DELETE
    @Path("/{id}")
    public Uni<Response> delete(@RestPath UUID id) {
        return items.delete(id).map(v -> Response.noContent().build());
    }

    static EntityTag etag(ItemView item) {
        return new EntityTag(Integer.toString(item.version()));
    }
}
