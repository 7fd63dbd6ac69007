package se.kretslopp.membership;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.faulttolerance.api.ApplyGuard;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.RestPath;
import se.kretslopp.common.ConcurrentWrites;
import se.kretslopp.common.Locations;
import se.kretslopp.common.Problem;
import se.kretslopp.identity.CurrentUserService;
import se.kretslopp.identity.api.OrganisationOptional;
import se.kretslopp.membership.api.ApplicationRequest;
import se.kretslopp.membership.api.ApplicationView;

import java.util.List;
import java.util.UUID;

/** Applying to join, for a signed-in person who belongs to no registered organisation yet. */
@Path("/v1/organisation-applications")
@Authenticated
@OrganisationOptional
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", description = "No valid token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
class ApplicationResource {

    private final ApplicationService applications;
    private final SecurityIdentity identity;
    private final CurrentUserService users;

    ApplicationResource(ApplicationService applications, SecurityIdentity identity, CurrentUserService users) {
        this.applications = applications;
        this.identity = identity;
        this.users = users;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @ApplyGuard(ConcurrentWrites.GUARD)
    @Operation(summary = "Apply to join the installation with an organisation (anyone signed in whose token names"
            + " no registered organisation); the applicant becomes its admin on approval")
    @APIResponse(responseCode = "201", description = "Applied; pending",
            content = @Content(schema = @Schema(implementation = ApplicationView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields (a wrong check digit too), named in errors",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The number is registered or has a pending application, you "
            + "have a pending application, or you belong to an organisation (already-in-organisation)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The group does not exist",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> apply(@Valid @NotNull ApplicationRequest request) {
        return applications.apply(caller(), request).map(app -> Response.created(
                Locations.of("/api/v1/organisation-applications/" + app.id())).tag(etag(app)).entity(app).build());
    }

    @GET
    @Operation(summary = "Your own applications, newest first")
    @APIResponse(responseCode = "200", description = "Your applications")
    public Uni<List<ApplicationView>> mine() {
        return applications.mine(caller());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One application: for its applicant and its reviewers")
    @APIResponse(responseCode = "200", description = "The application; ETag is its version",
            content = @Content(schema = @Schema(implementation = ApplicationView.class)))
    @APIResponse(responseCode = "404", description = "No such application of yours",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> get(@RestPath UUID id) {
        return applications.get(caller(), id).map(app -> Response.ok(app).tag(etag(app)).build());
    }

    @POST
    @Path("/{id}/withdraw")
    @ApplyGuard(ConcurrentWrites.GUARD)
    @Operation(summary = "Withdraw your pending application")
    @APIResponse(responseCode = "200", description = "Withdrawn",
            content = @Content(schema = @Schema(implementation = ApplicationView.class)))
    @APIResponse(responseCode = "404", description = "No such application of yours",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "It is decided already (application-decided)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> withdraw(@RestPath UUID id) {
        return applications.withdraw(caller(), id).map(app -> Response.ok(app).tag(etag(app)).build());
    }

    private Caller caller() {
        return Caller.of(identity, users.find());
    }

    static EntityTag etag(ApplicationView app) {
        return new EntityTag(Integer.toString(app.version()));
    }
}
