package se.kretslopp.storage;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestPath;
import se.kretslopp.storage.api.AuditReport;
import se.kretslopp.storage.api.LotView;

@Path("/v1/storage")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
class LabelResource {

    private final StockService stock;
    private final StockReports reports;

    LabelResource(StockService stock, StockReports reports) {
        this.stock = stock;
        this.reports = reports;
    }

    @GET
    @Path("/labels/{code}")
    @Operation(summary = "The lot a label code (or the URL in its QR code) names; case and look-alikes forgiven")
    public Uni<LotView> resolve(@RestPath String code) {
        return stock.resolve(code);
    }

    @GET
    @Path("/audit")
    @Operation(summary = "Recompute every balance of your organisation's sites from the ledger and compare")
    public Uni<AuditReport> audit() {
        return reports.audit();
    }
}
