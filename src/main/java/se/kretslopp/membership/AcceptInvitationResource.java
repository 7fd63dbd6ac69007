package se.kretslopp.membership;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.RestPath;
import se.kretslopp.common.Problem;
import se.kretslopp.identity.CurrentUserService;
import se.kretslopp.identity.api.OrganisationOptional;
import se.kretslopp.membership.api.Joined;

/** Accepting an invitation: anyone signed in who belongs to no registered organisation, with the email's token. */
@Path("/v1/invitations/{token}/accept")
@Authenticated
@OrganisationOptional
@Produces(MediaType.APPLICATION_JSON)
class AcceptInvitationResource {

    private final InvitationService invitations;
    private final SecurityIdentity identity;
    private final CurrentUserService users;

    AcceptInvitationResource(InvitationService invitations, SecurityIdentity identity, CurrentUserService users) {
        this.invitations = invitations;
        this.identity = identity;
        this.users = users;
    }

    @POST
    @Operation(summary = "Accept an invitation: from your next token on you belong to its organisation with its role")
    @APIResponse(responseCode = "200", description = "Joined",
            content = @Content(schema = @Schema(implementation = Joined.class)))
    @APIResponse(responseCode = "401", description = "No valid token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such invitation",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Used already (invitation-used), or you belong to an "
            + "organisation (already-in-organisation)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "410", description = "Expired (invitation-expired) or revoked (invitation-revoked)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "The identity provider is unavailable; nothing was changed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Joined> accept(@RestPath String token) {
        return invitations.accept(Caller.of(identity, users.find()), token);
    }
}
