package se.kretslopp.wanted;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestQuery;
import se.kretslopp.common.QueryParams;
import se.kretslopp.wanted.api.DemandOverview;

@Path("/v1/demand")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
class DemandResource {

    private final DemandService demand;

    DemandResource(DemandService demand) {
        this.demand = demand;
    }

    @GET
    @Path("/overview")
    @Operation(summary = "Open wanted requests by category and area (property units, contractors, storage"
            + " operators, admins)")
    public Uni<DemandOverview> overview(@RestQuery String category) {
        return demand.overview(QueryParams.uuid(category, "category"));
    }
}
