package se.kretslopp.privacy;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.RestPath;
import se.kretslopp.common.FieldCode;
import se.kretslopp.common.Problem;
import se.kretslopp.common.QueryParams;
import se.kretslopp.common.Roles;
import se.kretslopp.identity.api.OpenToInstallationAdmins;
import se.kretslopp.privacy.api.PseudonymisationSummary;

import java.util.regex.Pattern;

/**
 * Pseudonymising a person (docs/privacy.md#what-pseudonymisation-replaces): installation administrators for anyone,
 * an organisation's administrators for its own people. The person is named by their organisation's code and their
 * username (or their token's subject). Installation administrators need no organisation of their own to call it.
 */
@Path("/v1/admin/people/{organisationCode}/{username}")
@RolesAllowed({Roles.ADMIN, Roles.INSTALLATION_ADMIN})
@OpenToInstallationAdmins
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "400", description = "A malformed organisation code or username, named in errors",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "Not an administrator",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "404", description = "No such person in an organisation the caller administers",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
class PseudonymisationResource {

    private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{1,62}");
    /** A username or subject: printable, no spaces, at most 255 characters. */
    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}._@+-]{1,255}");

    private final PseudonymisationService pseudonymisation;

    PseudonymisationResource(PseudonymisationService pseudonymisation) {
        this.pseudonymisation = pseudonymisation;
    }

    @GET
    @Path("/pseudonymisation")
    @Operation(summary = "Dry run: how many rows of each table pseudonymising the person would change")
    @APIResponse(responseCode = "200", description = "The counts; nothing was changed",
            content = @Content(schema = @Schema(implementation = PseudonymisationSummary.class)))
    public Uni<PseudonymisationSummary> preview(@RestPath String organisationCode, @RestPath String username) {
        check(organisationCode, username);
        return pseudonymisation.dryRun(organisationCode, username);
    }

    @POST
    @Path("/pseudonymise")
    @Operation(summary = "Replace the person's name, email and free text with a pseudonym; idempotent")
    @APIResponse(responseCode = "200", description = "Done: the rows changed per table (all 0 when done before)",
            content = @Content(schema = @Schema(implementation = PseudonymisationSummary.class)))
    public Uni<PseudonymisationSummary> pseudonymise(@RestPath String organisationCode, @RestPath String username) {
        check(organisationCode, username);
        return pseudonymisation.pseudonymise(organisationCode, username);
    }

    private static void check(String organisationCode, String username) {
        if (!CODE.matcher(organisationCode).matches()) {
            throw QueryParams.invalidParameter(
                    Problem.FieldError.of("organisationCode", FieldCode.PATTERN, "person.organisationCode.pattern"));
        }
        if (!NAME.matcher(username).matches()) {
            throw QueryParams.invalidParameter(
                    Problem.FieldError.of("username", FieldCode.PATTERN, "person.username.pattern"));
        }
    }
}
