package se.kretslopp.storage;

import se.kretslopp.common.Message;

import io.quarkus.security.Authenticated;
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
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import se.kretslopp.audit.AuditService;
import se.kretslopp.audit.api.AuditEntryView;
import se.kretslopp.common.FieldCode;
import se.kretslopp.common.Locations;
import se.kretslopp.common.Problem;
import se.kretslopp.common.ProblemException;
import se.kretslopp.common.ProblemType;
import se.kretslopp.common.QueryParams;
import se.kretslopp.storage.api.LocationRequest;
import se.kretslopp.storage.api.LocationView;
import se.kretslopp.storage.api.Occupancy;
import se.kretslopp.storage.api.SiteRequest;
import se.kretslopp.storage.api.SiteView;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

@Path("/v1/storage/sites")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
class SiteResource {

    private final SiteService sites;
    private final StockReports reports;
    private final StockService stock;
    private final AuditService audit;

    SiteResource(SiteService sites, StockReports reports, StockService stock, AuditService audit) {
        this.sites = sites;
        this.audit = audit;
        this.reports = reports;
        this.stock = stock;
    }

    @GET
    @Operation(summary = "The storage sites your organisation runs, or (contractors) may deliver to")
    public Uni<List<SiteView>> list() {
        return sites.list();
    }

    @POST
    @Operation(summary = "Create a storage site run by your organisation (storage operators and admins)")
    public Uni<Response> create(@Valid @NotNull SiteRequest request) {
        return sites.create(request).map(site -> Response.created(Locations.of("/api/v1/storage/sites/" + site.id()))
                .entity(site).tag(new EntityTag(Integer.toString(site.version()))).build());
    }

    @GET
    @Path("/{id}")
    public Uni<Response> get(@RestPath UUID id) {
        return sites.get(id).map(site -> Response.ok(site).tag(new EntityTag(Integer.toString(site.version()))).build());
    }

    @PUT
    @Path("/{id}")
    @Operation(summary = "Change a site; send If-Match with its ETag to refuse a stale write (412)")
    public Uni<Response> update(@RestPath UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                @Valid @NotNull SiteRequest request) {
        return sites.update(id, QueryParams.ifMatchVersion(ifMatch), request)
                .map(site -> Response.ok(site).tag(new EntityTag(Integer.toString(site.version()))).build());
    }

    @GET
    @Path("/{id}/history")
    @Operation(summary = "The site's audit history (who changed what, when), oldest first; for those who run it"
            + " (a contractor who delivers there sees the site, not its history: 403)")
    public Uni<List<AuditEntryView>> history(@RestPath UUID id) {
        return sites.get(id).flatMap(site -> {
            if (!site.manageable()) {
                throw new ProblemException(ProblemType.FORBIDDEN, Message.of("detail.storage.thoseWhoRunSite"));
            }
            return audit.history("storage_site", id.toString());
        });
    }

    @GET
    @Path("/{id}/locations")
    public Uni<List<LocationView>> locations(@RestPath UUID id) {
        return sites.locations(id);
    }

    @POST
    @Path("/{id}/locations")
    @Operation(summary = "Add a location (rack, floor zone, yard, container) with a code unique in the site")
    public Uni<Response> addLocation(@RestPath UUID id, @Valid @NotNull LocationRequest request) {
        return sites.addLocation(id, request).map(location -> Response.created(
                URI.create("/api/v1/storage/locations/" + location.id())).entity(location).build());
    }

    @GET
    @Path("/{id}/occupancy")
    @Operation(summary = "Occupancy against capacity per location, the age of the stock and the lots that do not move")
    public Uni<Occupancy> occupancy(@RestPath UUID id) {
        return reports.occupancy(id);
    }

    @GET
    @Path("/{id}/labels.pdf")
    @Produces("application/pdf")
    @Operation(summary = "A4 sheets of labels (3 × 8) for the lots named in 'lots' (comma-separated), or every lot"
            + " with stock at the site")
    public Uni<Response> labels(@RestPath UUID id, @RestQuery List<String> lots) {
        List<UUID> ids = new ArrayList<>();
        for (String value : QueryParams.list(lots)) {
            ids.add(QueryParams.uuid(value, "lots"));
        }
        if (ids.size() > 480) {
            throw QueryParams.invalidParameter(Problem.FieldError.of("lots", FieldCode.TOO_MANY,
                    "storage.labels.tooMany", 480).withMax(480));
        }
        return stock.labels(id, ids).map(pdf -> Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", "inline; filename=\"etiketter.pdf\"").build());
    }
}
