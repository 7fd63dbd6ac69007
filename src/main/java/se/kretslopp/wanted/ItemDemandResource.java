package se.kretslopp.wanted;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestPath;
import se.kretslopp.wanted.api.ItemDemand;

import java.util.UUID;

@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Path("/v1/items/{id}/demand")
class ItemDemandResource {

    private final DemandService demand;

    ItemDemandResource(DemandService demand) {
        this.demand = demand;
    }

    @GET
    @Operation(summary = "How many open wanted requests (welcoming future supply) this inventory item would satisfy")
    public Uni<ItemDemand> item(@RestPath UUID id) {
        return demand.itemDemand(id);
    }
}
