package se.kretslopp.membership;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.RestPath;
import se.kretslopp.common.Problem;
import se.kretslopp.common.Roles;
import se.kretslopp.identity.CurrentUserService;
import se.kretslopp.membership.api.MemberView;

import java.util.List;

/** The people of the admin's organisation, from the identity provider. */
@Path("/v1/organisation/members")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", description = "No valid token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "Not an admin of a registered organisation",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "503", description = "The identity provider is unavailable",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
class MemberResource {

    private final MemberService members;
    private final CurrentUserService users;

    MemberResource(MemberService members, CurrentUserService users) {
        this.members = members;
        this.users = users;
    }

    @GET
    @Operation(summary = "The people of your organisation with their Kretslopp roles, by name")
    @APIResponse(responseCode = "200", description = "The members")
    public Uni<List<MemberView>> list() {
        return members.list(users.current());
    }

    @DELETE
    @Path("/{subject}")
    @Operation(summary = "Remove a person from your organisation: no organisation and no Kretslopp roles in the "
            + "identity provider; what they did stays attributed to them")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", description = "Nobody of your organisation has that subject",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The organisation's last admin (last-admin)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> remove(@RestPath String subject) {
        return members.remove(users.current(), subject).map(v -> Response.noContent().build());
    }
}
