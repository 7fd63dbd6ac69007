package se.kretslopp.wanted;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestPath;

import java.util.Map;
import java.util.UUID;

@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Path("/v1/buildings/{id}/demand")
class BuildingDemandResource {

    private final DemandService demand;

    BuildingDemandResource(DemandService demand) {
        this.demand = demand;
    }

    @GET
    @Operation(summary = "The open-request count of each item of a building")
    public Uni<Map<UUID, Long>> building(@RestPath UUID id) {
        return demand.buildingDemand(id);
    }
}
