package se.kretslopp.storage;

import io.quarkus.security.Authenticated;
import io.smallrye.faulttolerance.api.ApplyGuard;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestPath;
import se.kretslopp.common.ConcurrentWrites;
import se.kretslopp.common.QueryParams;
import se.kretslopp.storage.api.LocationRequest;
import se.kretslopp.storage.api.LocationView;
import se.kretslopp.storage.api.StocktakeRequest;
import se.kretslopp.storage.api.StocktakeResult;

import java.util.UUID;

@Path("/v1/storage/locations")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
class LocationResource {

    private final SiteService sites;
    private final StockService stock;

    LocationResource(SiteService sites, StockService stock) {
        this.sites = sites;
        this.stock = stock;
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A location with the lots that lie there")
    public Uni<LocationView> get(@RestPath UUID id) {
        return stock.location(id);
    }

    @PUT
    @Path("/{id}")
    public Uni<LocationView> update(@RestPath UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                    @Valid @NotNull LocationRequest request) {
        return sites.updateLocation(id, QueryParams.ifMatchVersion(ifMatch), request);
    }

    @POST
    @Path("/{id}/stocktake")
    @Operation(summary = "Record a count of the location: every difference becomes an adjustment with the reason")
    @ApplyGuard(ConcurrentWrites.GUARD)
    public Uni<StocktakeResult> stocktake(@RestPath UUID id, @Valid @NotNull StocktakeRequest request) {
        return stock.stocktake(id, request);
    }
}
