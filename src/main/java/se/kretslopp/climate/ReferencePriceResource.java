package se.kretslopp.climate;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.RestPath;
import se.kretslopp.climate.api.ReferencePrice;
import se.kretslopp.climate.api.ReferencePriceRequest;
import se.kretslopp.common.Roles;

import java.util.List;
import java.util.UUID;

/** Reference new prices, what money saved is counted against (a path of its own: /v1/climate is another class's). */
@Path("/v1/climate/reference-prices")
@Authenticated
class ReferencePriceResource {

    private final ImpactService impact;
    private final SecurityIdentity identity;

    ReferencePriceResource(ImpactService impact, SecurityIdentity identity) {
        this.impact = impact;
        this.identity = identity;
    }

    @GET
        @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Reference new prices per category and unit (SEK excl. VAT), with source and date")
    public Uni<List<ReferencePrice>> referencePrices() {
        return impact.referencePrices();
    }

    @PUT
    @Path("/{categoryId}")
    @RolesAllowed(Roles.INSTALLATION_ADMIN)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set a category's reference new price in one unit, with its source and date (installation "
            + "admins); handovers from now on use it, earlier ones keep theirs")
    public Uni<ReferencePrice> setReferencePrice(@RestPath UUID categoryId,
                                                 @Valid @NotNull ReferencePriceRequest request) {
        // installation admins may have no organisation, hence no current user: the token's name says who
        String by = identity.getPrincipal() instanceof JsonWebToken token && token.getClaim("preferred_username") != null
                ? token.getClaim("preferred_username") : identity.getPrincipal().getName();
        return impact.setReferencePrice(categoryId, request, by);
    }

    @DELETE
    @Path("/{categoryId}/{unit}")
    @RolesAllowed(Roles.INSTALLATION_ADMIN)
    @Operation(summary = "Remove a category's reference new price in one unit (installation admins)")
    @APIResponse(responseCode = "204")
    public Uni<Response> removeReferencePrice(@RestPath UUID categoryId, @RestPath String unit) {
        return impact.removeReferencePrice(categoryId, unit).map(v -> Response.noContent().build());
    }

}
