package se.kretslopp.wanted;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestPath;
import se.kretslopp.wanted.api.MatchingWanted;

import java.util.List;
import java.util.UUID;

@Path("/v1/listings/{id}/matching-wanted")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
class ListingDemandResource {

    private final DemandService demand;

    ListingDemandResource(DemandService demand) {
        this.demand = demand;
    }

    @GET
    @Operation(summary = "For the seller: the open wanted requests this listing satisfies (organisations only)")
    public Uni<List<MatchingWanted>> matchingWanted(@RestPath UUID id) {
        return demand.matchingWanted(id);
    }
}
