package se.kretslopp.membership;

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
import se.kretslopp.common.ConcurrentWrites;
import se.kretslopp.common.Problem;
import se.kretslopp.common.Roles;
import se.kretslopp.identity.CurrentUserService;
import se.kretslopp.membership.api.InvitationRequest;
import se.kretslopp.membership.api.InvitationView;

import java.util.List;
import java.util.UUID;

/** An organisation's admin invites colleagues by email, lists the pending invitations and revokes them. */
@Path("/v1/organisation/invitations")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", description = "No valid token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "Not an admin of a registered organisation",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
class InvitationResource {

    private final InvitationService invitations;
    private final CurrentUserService users;

    InvitationResource(InvitationService invitations, CurrentUserService users) {
        this.invitations = invitations;
        this.users = users;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Invite a colleague by email with one role; the link goes by email only")
    @APIResponse(responseCode = "201", description = "Invited; mailed says whether the mail server took the email",
            content = @Content(schema = @Schema(implementation = InvitationView.class)))
    @APIResponse(responseCode = "400", description = "Invalid email or role, named in errors",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> invite(@Valid @NotNull InvitationRequest request) {
        return invitations.invite(users.current(), request)
                .map(view -> Response.status(Response.Status.CREATED).entity(view).build());
    }

    @GET
    @Operation(summary = "The organisation's invitations that can still be accepted, newest first")
    @APIResponse(responseCode = "200", description = "Pending invitations")
    public Uni<List<InvitationView>> pending() {
        return invitations.pending(users.current());
    }

    @POST
    @Path("/{id}/revoke")
    @ApplyGuard(ConcurrentWrites.GUARD)
    @Operation(summary = "Revoke a pending invitation; again on a revoked one changes nothing")
    @APIResponse(responseCode = "200", description = "Revoked",
            content = @Content(schema = @Schema(implementation = InvitationView.class)))
    @APIResponse(responseCode = "404", description = "No such invitation of your organisation",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "It was accepted already (invitation-used)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<InvitationView> revoke(@RestPath UUID id) {
        return invitations.revoke(users.current(), id);
    }
}
