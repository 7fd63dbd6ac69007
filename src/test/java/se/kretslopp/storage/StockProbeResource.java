package se.kretslopp.storage;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestPath;
import se.kretslopp.storage.api.LotView;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * Test-only doors to the promises of the ledger, which reservations make in the product: the property and
 * concurrency tests promise and release through the real service.
 */
@Path("/test/storage/lots/{id}")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@jakarta.ws.rs.Consumes(MediaType.APPLICATION_JSON)
public class StockProbeResource {

    public record Amount(BigDecimal quantity) {
    }

    private final StockService stock;

    StockProbeResource(StockService stock) {
        this.stock = stock;
    }

    @POST
    @Path("/promise")
    public Uni<LotView> promise(@RestPath UUID id, Amount amount) {
        return stock.promise(id, amount.quantity());
    }

    @POST
    @Path("/release")
    public Uni<LotView> release(@RestPath UUID id, Amount amount) {
        return stock.release(id, amount.quantity());
    }
}
