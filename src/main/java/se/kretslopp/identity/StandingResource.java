package se.kretslopp.identity;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import se.kretslopp.common.Roles;
import se.kretslopp.identity.api.OrganisationOptional;
import se.kretslopp.identity.api.Standing;
import se.kretslopp.organisation.OrganisationService;

/**
 * {@code GET /api/v1/me/standing}: unlike {@code GET /api/v1/me}, it answers 200 to everyone signed in, with or
 * without a registered, active organisation, so that the web UI can offer the application to join or the
 * installation's administration instead of an error.
 */
@Path("/v1/me/standing")
@Authenticated
@OrganisationOptional
@Produces(MediaType.APPLICATION_JSON)
class StandingResource {

    private final SecurityIdentity identity;
    private final OrganisationService organisations;

    StandingResource(SecurityIdentity identity, OrganisationService organisations) {
        this.identity = identity;
        this.organisations = organisations;
    }

    @GET
    @Operation(summary = "Where you stand: whether you administer the installation, and whether the organisation"
            + " your account names is registered and active (answered without an organisation too)")
    public Uni<Standing> standing() {
        JsonWebToken token = (JsonWebToken) identity.getPrincipal();
        String username = token.getClaim("preferred_username");
        String name = CurrentUserFilter.displayName(token);
        boolean admin = identity.hasRole(Roles.INSTALLATION_ADMIN);
        String code = token.getClaim(CurrentUserFilter.ORG_CLAIM);
        if (code == null || code.isBlank()) {
            return Uni.createFrom().item(new Standing(username, name, admin, null, "NONE", null));
        }
        return organisations.findByCode(code).map(found -> found
                .map(org -> new Standing(username, name, admin, code, org.active() ? "ACTIVE" : "DEACTIVATED",
                        org.name()))
                .orElseGet(() -> new Standing(username, name, admin, code, "UNREGISTERED", null)));
    }
}
