package se.kretslopp.inventory;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import se.kretslopp.audit.AuditService;
import se.kretslopp.audit.api.AuditEntryView;
import se.kretslopp.common.Locations;
import se.kretslopp.common.Page;
import se.kretslopp.common.QueryParams;
import se.kretslopp.inventory.api.BuildingRequest;
import se.kretslopp.inventory.api.BuildingView;

import java.util.List;
import java.util.UUID;

@Path("/v1/buildings")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
class BuildingResource {

    private final BuildingService buildings;
    private final AuditService audit;

    BuildingResource(BuildingService buildings, AuditService audit) {
        this.buildings = buildings;
        this.audit = audit;
    }

    @GET
    @Path("/{id}/history")
    @Operation(summary = "The building's changes, oldest first (the audit trail), for those who may read it")
    public Uni<List<AuditEntryView>> history(@RestPath UUID id) {
        return buildings.get(id).flatMap(readable -> audit.history("building", id.toString()));
    }

    @GET
    @Operation(summary = "Buildings of my organisation, and those my organisation is assigned to dismantle")
    public Uni<Page<BuildingView>> list(@RestQuery String archived, @RestQuery String page, @RestQuery String size) {
        return buildings.list(QueryParams.bool(archived, false, "archived"), QueryParams.page(page),
                QueryParams.size(size));
    }

    @POST
    @Operation(summary = "Create a building of my organisation (property-unit users and admins)")
    public Uni<Response> create(@Valid @NotNull BuildingRequest request) {
        return buildings.create(request).map(b -> Response.created(Locations.of("/api/v1/buildings/" + b.id()))
                .tag(etag(b)).entity(b).build());
    }

    @GET
    @Path("/{id}")
    public Uni<Response> get(@RestPath UUID id) {
        return buildings.get(id).map(b -> Response.ok(b).tag(etag(b)).build());
    }

    @PUT
    @Path("/{id}")
    @Operation(summary = "Replace a building; send If-Match with its ETag to refuse a stale write (412)")
    public Uni<Response> update(@RestPath UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                @Valid @NotNull BuildingRequest request) {
        return buildings.update(id, QueryParams.ifMatchVersion(ifMatch), request)
                .map(b -> Response.ok(b).tag(etag(b)).build());
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Archive a building (nothing is deleted); send If-Match with its ETag to refuse a stale "
            + "archive (412)")
    public Uni<Response> archive(@RestPath UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return buildings.archive(id, QueryParams.ifMatchVersion(ifMatch)).map(v -> Response.noContent().build());
    }

    @POST
    @Path("/{id}/restore")
    @Operation(summary = "Bring an archived building back")
    public Uni<Response> restore(@RestPath UUID id) {
        return buildings.restore(id).map(b -> Response.ok(b).tag(etag(b)).build());
    }

    private static EntityTag etag(BuildingView b) {
        return new EntityTag(Integer.toString(b.version()));
    }
}
