package se.kretslopp.organisation;

import io.smallrye.faulttolerance.api.ApplyGuard;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import se.kretslopp.common.ConcurrentWrites;
import se.kretslopp.common.Locations;
import se.kretslopp.common.Page;
import se.kretslopp.common.Problem;
import se.kretslopp.common.QueryParams;
import se.kretslopp.common.Roles;
import se.kretslopp.organisation.api.OrganisationGroupRequest;
import se.kretslopp.organisation.api.OrganisationGroupView;


/** Organisation groups (their members share internal listings), for the installation's administrators only. */
@Path("/v1/admin/organisation-groups")
@RolesAllowed(Roles.INSTALLATION_ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", description = "No valid token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "Not an administrator of the installation",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
class OrganisationGroupResource {

    private final OrganisationGroupService groups;

    OrganisationGroupResource(OrganisationGroupService groups) {
        this.groups = groups;
    }

    @GET
    @Operation(summary = "Organisation groups by name, with their number of members (installation admins)")
    @APIResponse(responseCode = "200", description = "A page of groups")
    @APIResponse(responseCode = "400", description = "A bad query parameter, named in errors",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Page<OrganisationGroupView>> list(@RestQuery String page, @RestQuery String size) {
        return groups.list(QueryParams.page(page), QueryParams.size(size));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @ApplyGuard(ConcurrentWrites.GUARD)
    @Operation(summary = "Create an organisation group (installation admins)")
    @APIResponse(responseCode = "201", description = "Created; ETag is its version",
            content = @Content(schema = @Schema(implementation = OrganisationGroupView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, named in errors",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The code is taken",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> create(@Valid @NotNull OrganisationGroupRequest request) {
        return groups.create(request).map(group -> Response.created(Locations.of("/api/v1/admin/organisation-groups/"
                + group.code())).tag(etag(group)).entity(group).build());
    }

    @GET
    @Path("/{code}")
    @Operation(summary = "An organisation group (installation admins)")
    @APIResponse(responseCode = "200", description = "The group; ETag is its version",
            content = @Content(schema = @Schema(implementation = OrganisationGroupView.class)))
    @APIResponse(responseCode = "404", description = "No such group",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> get(@RestPath String code) {
        return groups.get(code).map(group -> Response.ok(group).tag(etag(group)).build());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("/{code}")
    @ApplyGuard(ConcurrentWrites.GUARD)
    @Operation(summary = "Rename an organisation group; its code cannot change; send If-Match with its ETag to "
            + "refuse a stale write (412) (installation admins)")
    @APIResponse(responseCode = "200", description = "Renamed; ETag is the new version",
            content = @Content(schema = @Schema(implementation = OrganisationGroupView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, named in errors",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such group",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Another code than the group's",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match names an older version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> rename(@RestPath String code, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                @Valid @NotNull OrganisationGroupRequest request) {
        return groups.rename(code, QueryParams.ifMatchVersion(ifMatch), request)
                .map(group -> Response.ok(group).tag(etag(group)).build());
    }

    private static EntityTag etag(OrganisationGroupView group) {
        return new EntityTag(Integer.toString(group.version()));
    }
}
