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
import se.kretslopp.common.Text;
import se.kretslopp.organisation.api.OrganisationDetails;
import se.kretslopp.organisation.api.OrganisationRequest;

import java.util.UUID;

/**
 * The organisations of the installation, for its administrators only. They need no organisation of their own to
 * call these (identity.CurrentUserFilter): on a fresh installation there is none yet.
 */
@Path("/v1/admin/organisations")
@RolesAllowed(Roles.INSTALLATION_ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", description = "No valid token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "Not an administrator of the installation",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
class OrganisationAdminResource {

    private final OrganisationAdminService organisations;

    OrganisationAdminResource(OrganisationAdminService organisations) {
        this.organisations = organisations;
    }

    @GET
    @Operation(summary = "Organisations by name; q finds text in the name, code or organisation number, active "
            + "filters on whether they are active (installation admins)")
    @APIResponse(responseCode = "200", description = "A page of organisations")
    @APIResponse(responseCode = "400", description = "A bad query parameter, named in errors",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Page<OrganisationDetails>> list(@RestQuery String q, @RestQuery String active, @RestQuery String page,
                                               @RestQuery String size) {
        return organisations.list(Text.blankToNull(q), active == null ? null : QueryParams.bool(active, true, "active"),
                QueryParams.page(page), QueryParams.size(size));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @ApplyGuard(ConcurrentWrites.GUARD)
    @Operation(summary = "Register an organisation (installation admins)")
    @APIResponse(responseCode = "201", description = "Registered; ETag is its version",
            content = @Content(schema = @Schema(implementation = OrganisationDetails.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields (a wrong check digit too), named in errors",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The code or the organisation number is already registered",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The group does not exist",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> register(@Valid @NotNull OrganisationRequest request) {
        return organisations.register(request).map(org -> Response.created(Locations.of("/api/v1/admin/organisations/"
                + org.id())).tag(etag(org)).entity(org).build());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "An organisation (installation admins)")
    @APIResponse(responseCode = "200", description = "The organisation; ETag is its version",
            content = @Content(schema = @Schema(implementation = OrganisationDetails.class)))
    @APIResponse(responseCode = "404", description = "No such organisation",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> get(@RestPath UUID id) {
        return organisations.get(id).map(org -> Response.ok(org).tag(etag(org)).build());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("/{id}")
    @ApplyGuard(ConcurrentWrites.GUARD)
    @Operation(summary = "Edit an organisation; its code cannot change; send If-Match with its ETag to refuse a "
            + "stale write (412) (installation admins)")
    @APIResponse(responseCode = "200", description = "Saved; ETag is the new version",
            content = @Content(schema = @Schema(implementation = OrganisationDetails.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, named in errors",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such organisation",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Another code than the registered one, or another organisation's"
            + " number", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match names an older version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The group does not exist",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> update(@RestPath UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                @Valid @NotNull OrganisationRequest request) {
        return organisations.update(id, QueryParams.ifMatchVersion(ifMatch), request)
                .map(org -> Response.ok(org).tag(etag(org)).build());
    }

    @POST
    @Path("/{id}/deactivate")
    @ApplyGuard(ConcurrentWrites.GUARD)
    @Operation(summary = "Deactivate an organisation: its users are refused (403 organisation-deactivated) and its "
            + "listings leave search; nothing is deleted; again on a deactivated one changes nothing (installation "
            + "admins)")
    @APIResponse(responseCode = "200", description = "Deactivated",
            content = @Content(schema = @Schema(implementation = OrganisationDetails.class)))
    @APIResponse(responseCode = "404", description = "No such organisation",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> deactivate(@RestPath UUID id) {
        return organisations.deactivate(id).map(org -> Response.ok(org).tag(etag(org)).build());
    }

    @POST
    @Path("/{id}/reactivate")
    @ApplyGuard(ConcurrentWrites.GUARD)
    @Operation(summary = "Reactivate an organisation: its users are let in and its listings come back to search "
            + "(installation admins)")
    @APIResponse(responseCode = "200", description = "Active",
            content = @Content(schema = @Schema(implementation = OrganisationDetails.class)))
    @APIResponse(responseCode = "404", description = "No such organisation",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> reactivate(@RestPath UUID id) {
        return organisations.reactivate(id).map(org -> Response.ok(org).tag(etag(org)).build());
    }

    private static EntityTag etag(OrganisationDetails org) {
        return new EntityTag(Integer.toString(org.version()));
    }
}
