package se.kretslopp.membership;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.faulttolerance.api.ApplyGuard;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import se.kretslopp.common.ConcurrentWrites;
import se.kretslopp.common.Page;
import se.kretslopp.common.Problem;
import se.kretslopp.common.QueryParams;
import se.kretslopp.common.Roles;
import se.kretslopp.identity.CurrentUserService;
import se.kretslopp.identity.api.OrganisationOptional;
import se.kretslopp.membership.api.ApplicationStatus;
import se.kretslopp.membership.api.ApplicationView;
import se.kretslopp.membership.api.ApprovalRequest;
import se.kretslopp.membership.api.RejectionRequest;

import java.util.UUID;

/**
 * Reviewing applications to join: the installation's administrators (who may belong to no organisation) all of
 * them, the admin of a municipality those that name its organisation group.
 */
@Path("/v1/admin/organisation-applications")
@RolesAllowed({Roles.INSTALLATION_ADMIN, Roles.ADMIN})
@OrganisationOptional
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", description = "No valid token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "Neither an installation administrator nor a municipality's admin",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
class ApplicationAdminResource {

    private final ApplicationService applications;
    private final ApprovalService approvals;
    private final SecurityIdentity identity;
    private final CurrentUserService users;

    ApplicationAdminResource(ApplicationService applications, ApprovalService approvals, SecurityIdentity identity,
                             CurrentUserService users) {
        this.applications = applications;
        this.approvals = approvals;
        this.identity = identity;
        this.users = users;
    }

    @GET
    @Operation(summary = "Applications to review, oldest first; status filters (PENDING, APPROVED, REJECTED, "
            + "WITHDRAWN)")
    @APIResponse(responseCode = "200", description = "A page of applications")
    @APIResponse(responseCode = "400", description = "A bad query parameter, named in errors",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Page<ApplicationView>> list(@RestQuery String status, @RestQuery String page, @RestQuery String size) {
        return applications.list(caller(), status == null ? null
                        : QueryParams.enumValue(ApplicationStatus.class, status, "status"),
                QueryParams.page(page), QueryParams.size(size));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One application")
    @APIResponse(responseCode = "200", description = "The application; ETag is its version",
            content = @Content(schema = @Schema(implementation = ApplicationView.class)))
    @APIResponse(responseCode = "404", description = "No such application that you review",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> get(@RestPath UUID id) {
        return applications.getForReview(caller(), id).map(app -> Response.ok(app).tag(ApplicationResource.etag(app)).build());
    }

    @POST
    @Path("/{id}/approve")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Approve: registers the organisation (code given, or derived from its name) and makes the "
            + "applicant its admin in the identity provider, all or nothing")
    @APIResponse(responseCode = "200", description = "Approved; organisation names the new organisation",
            content = @Content(schema = @Schema(implementation = ApplicationView.class)))
    @APIResponse(responseCode = "400", description = "An invalid code",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such application that you review",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Decided already (application-decided), the code or number is"
            + " taken, or the applicant joined another organisation (already-in-organisation)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "The identity provider is unavailable "
            + "(identity-provider-unavailable); nothing was changed; Retry-After",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<ApplicationView> approve(@RestPath UUID id, @Valid ApprovalRequest request) {
        return approvals.approve(caller(), id, request == null ? null : request.code());
    }

    @POST
    @Path("/{id}/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    @ApplyGuard(ConcurrentWrites.GUARD)
    @Operation(summary = "Reject, with the reason the applicant reads")
    @APIResponse(responseCode = "200", description = "Rejected",
            content = @Content(schema = @Schema(implementation = ApplicationView.class)))
    @APIResponse(responseCode = "404", description = "No such application that you review",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Decided already (application-decided)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<ApplicationView> reject(@RestPath UUID id, @Valid @NotNull RejectionRequest request) {
        return applications.reject(caller(), id, request.reason());
    }

    private Caller caller() {
        return Caller.of(identity, users.find());
    }
}
