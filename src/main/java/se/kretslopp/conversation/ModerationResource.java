package se.kretslopp.conversation;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.faulttolerance.api.ApplyGuard;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import se.kretslopp.common.ConcurrentWrites;
import se.kretslopp.common.FieldCode;
import se.kretslopp.common.Idempotency;
import se.kretslopp.common.Page;
import se.kretslopp.common.Problem;
import se.kretslopp.common.QueryParams;
import se.kretslopp.common.Roles;
import se.kretslopp.conversation.api.ReportRequest;
import se.kretslopp.conversation.api.ReportedMessage;
import se.kretslopp.identity.api.OrganisationOptional;

import java.util.List;
import java.util.UUID;

/** The moderation of reported messages, for the installation's administrators (who may belong to no organisation). */
@Path("/v1/admin/moderation/messages")
@RolesAllowed(Roles.INSTALLATION_ADMIN)
@OrganisationOptional
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", description = "No valid token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "Not an installation administrator",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
class ModerationResource {

    private final ModerationService moderation;
    private final SecurityIdentity identity;

    ModerationResource(ModerationService moderation, SecurityIdentity identity) {
        this.moderation = moderation;
        this.identity = identity;
    }

    @GET
    @Operation(summary = "Reported messages, the most recently reported first, with their reports; status=OPEN (the"
            + " default: still shown) or HIDDEN")
    @APIResponse(responseCode = "200", description = "A page of reported messages")
    @APIResponse(responseCode = "400", description = "A bad query parameter, named in errors",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Page<ReportedMessage>> queue(@RestQuery String status, @RestQuery String page,
                                            @RestQuery String size) {
        if (status != null && !status.equals("OPEN") && !status.equals("HIDDEN")) {
            throw QueryParams.invalidParameter(Problem.FieldError.of("status", FieldCode.INVALID_ENUM,
                    "field.invalidEnum", "OPEN, HIDDEN").withAllowed(List.of("OPEN", "HIDDEN")));
        }
        return moderation.queue("HIDDEN".equals(status), QueryParams.page(page), QueryParams.size(size));
    }

    @POST
    @Path("/{messageId}/hide")
    @Operation(summary = "Hide a message, with the reason: it is kept, with who hid it and why, and its participants"
            + " see that a moderator hid it. Idempotent with an Idempotency-Key header")
    @APIResponse(responseCode = "200", description = "The hidden message",
            content = @Content(schema = @Schema(implementation = ReportedMessage.class)))
    @APIResponse(responseCode = "400", description = "No reason, or too long",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such message",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApplyGuard(ConcurrentWrites.GUARD)
    public Uni<Response> hide(@RestPath UUID messageId, @HeaderParam(Idempotency.HEADER) String key,
                              @Valid @NotNull ReportRequest request) {
        String subject = identity.getPrincipal().getName();
        String name = subject;
        if (identity.getPrincipal() instanceof JsonWebToken token) {
            subject = token.getSubject() == null ? subject : token.getSubject();
            String username = token.getClaim("preferred_username");
            name = username == null ? subject : username;
        }
        return moderation.hide(messageId, request, key, subject, name);
    }
}
