package se.kretslopp.wanted;

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
import se.kretslopp.wanted.api.WantedMatch;
import se.kretslopp.wanted.api.WantedRequestBody;
import se.kretslopp.wanted.api.WantedStatus;
import se.kretslopp.wanted.api.WantedView;

import java.util.List;
import java.util.UUID;

@Path("/v1/wanted")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
class WantedResource {

    private final WantedService wanted;
    private final AuditService audit;

    WantedResource(WantedService wanted, AuditService audit) {
        this.wanted = wanted;
        this.audit = audit;
    }

    @POST
    @Operation(summary = "Post a wanted request: words and/or category, quantity, dimension ranges, condition,"
            + " distance from a place, date needed, maximum price, whether future supply is welcome")
    public Uni<Response> create(@Valid @NotNull WantedRequestBody body) {
        return wanted.create(body).map(view -> Response.created(Locations.of("/api/v1/wanted/" + view.id()))
                .tag(String.valueOf(view.version())).entity(view).build());
    }

    @GET
    @Operation(summary = "Your organisation's wanted requests, newest first")
    public Uni<Page<WantedView>> list(@RestQuery String status, @RestQuery String page, @RestQuery String size) {
        return wanted.listMine(QueryParams.enumValue(WantedStatus.class, status, "status"), QueryParams.page(page),
                QueryParams.size(size));
    }

    @GET
    @Path("/{id}")
    public Uni<Response> get(@RestPath UUID id) {
        return wanted.get(id).map(WantedResource::withTag);
    }

    @PUT
    @Path("/{id}")
    @Operation(summary = "Replace a request (If-Match: its version; 412 when stale)")
    public Uni<Response> update(@RestPath UUID id, @HeaderParam("If-Match") String ifMatch,
                                @Valid @NotNull WantedRequestBody body) {
        return wanted.update(id, QueryParams.ifMatchVersion(ifMatch), body).map(WantedResource::withTag);
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Delete a request and its recorded matches; it stops matching at once (If-Match: its "
            + "version; 412 when stale)")
    public Uni<Response> delete(@RestPath UUID id, @HeaderParam("If-Match") String ifMatch) {
        return wanted.delete(id, QueryParams.ifMatchVersion(ifMatch)).map(x -> Response.noContent().build());
    }

    @POST
    @Path("/{id}/pause")
    @Operation(summary = "Pause: matches are still recorded, nobody is alerted")
    public Uni<Response> pause(@RestPath UUID id) {
        return wanted.change(id, WantedService.Change.PAUSE).map(WantedResource::withTag);
    }

    @POST
    @Path("/{id}/resume")
    public Uni<Response> resume(@RestPath UUID id) {
        return wanted.change(id, WantedService.Change.RESUME).map(WantedResource::withTag);
    }

    @POST
    @Path("/{id}/close")
    @Operation(summary = "Close: the request stops matching before this answers")
    public Uni<Response> close(@RestPath UUID id) {
        return wanted.change(id, WantedService.Change.CLOSE).map(WantedResource::withTag);
    }

    @POST
    @Path("/{id}/renew")
    @Operation(summary = "Renew for another 90 days from today (an expired request opens again)")
    public Uni<Response> renew(@RestPath UUID id) {
        return wanted.change(id, WantedService.Change.RENEW).map(WantedResource::withTag);
    }

    @GET
    @Path("/{id}/history")
    @Operation(summary = "The request's audit history (who changed what, when), oldest first; for its organisation")
    public Uni<List<AuditEntryView>> history(@RestPath UUID id) {
        return wanted.get(id).flatMap(readable -> audit.history("wanted_request", id.toString()));
    }

    @GET
    @Path("/{id}/matches")
    @Operation(summary = "The best supply now, ranked, with the reasons: listings (near misses marked) and future"
            + " supply from inventories of buildings about to be dismantled")
    public Uni<List<WantedMatch>> matches(@RestPath UUID id) {
        return wanted.matches(id);
    }

    private static Response withTag(WantedView view) {
        return Response.ok(view).tag(String.valueOf(view.version())).build();
    }
}
