package se.kretslopp.storage;

import io.quarkus.security.Authenticated;
import io.smallrye.faulttolerance.api.ApplyGuard;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import se.kretslopp.audit.AuditService;
import se.kretslopp.audit.api.AuditEntryView;
import se.kretslopp.common.ConcurrentWrites;
import se.kretslopp.common.FieldCode;
import se.kretslopp.common.Locations;
import se.kretslopp.common.Message;
import se.kretslopp.common.Page;
import se.kretslopp.common.Problem;
import se.kretslopp.common.ProblemException;
import se.kretslopp.common.ProblemType;
import se.kretslopp.common.QueryParams;
import se.kretslopp.photo.api.PhotoView;
import se.kretslopp.storage.api.LotSummary;
import se.kretslopp.storage.api.LotView;
import se.kretslopp.storage.api.MoveRequest;
import se.kretslopp.storage.api.MovementView;
import se.kretslopp.storage.api.TakeOutRequest;

import java.util.List;
import java.util.UUID;

@Path("/v1/storage/lots")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
class LotResource {

    private final StockService stock;
    private final AuditService audit;

    LotResource(StockService stock, AuditService audit) {
        this.stock = stock;
        this.audit = audit;
    }

    @GET
    @Operation(summary = "Lots of the sites you run: filter by site, location, text (description, material, code);"
            + " flagged=true for those older than their site's alert age, oldest first")
    public Uni<Page<LotSummary>> list(@RestQuery String siteId, @RestQuery String locationId, @RestQuery String q,
                                      @RestQuery String flagged, @RestQuery String includeEmpty,
                                      @RestQuery String page, @RestQuery String size) {
        return stock.list(siteId == null ? null : QueryParams.uuid(siteId, "siteId"),
                locationId == null ? null : QueryParams.uuid(locationId, "locationId"), q,
                QueryParams.bool(flagged, false, "flagged"), QueryParams.bool(includeEmpty, false, "includeEmpty"),
                QueryParams.page(page), QueryParams.size(size));
    }

    @GET
    @Path("/{id}")
    public Uni<Response> get(@RestPath UUID id) {
        return stock.get(id).map(lot -> Response.ok(lot).tag(new EntityTag(Integer.toString(lot.version()))).build());
    }

    @GET
    @Path("/{id}/movements")
    @Operation(summary = "The lot's history: every movement of the ledger, oldest first")
    public Uni<List<MovementView>> movements(@RestPath UUID id) {
        return stock.movements(id);
    }

    @GET
    @Path("/{id}/history")
    @Operation(summary = "The lot's audit history (who changed what, when), oldest first; for those who run its site")
    public Uni<List<AuditEntryView>> history(@RestPath UUID id) {
        return stock.get(id).flatMap(readable -> audit.history("stock_lot", id.toString()));
    }

    @POST
    @Path("/{id}/move")
    @Operation(summary = "Move a quantity from one location to another (409 if the location holds less)")
    @ApplyGuard(ConcurrentWrites.GUARD)
    public Uni<LotView> move(@RestPath UUID id, @Valid @NotNull MoveRequest request) {
        return stock.move(id, request);
    }

    @POST
    @Path("/{id}/pick")
    @Operation(summary = "Free stock leaves the store (409 if less is there or free)")
    @ApplyGuard(ConcurrentWrites.GUARD)
    public Uni<LotView> pick(@RestPath UUID id, @Valid @NotNull TakeOutRequest request) {
        return stock.pick(id, request);
    }

    @POST
    @Path("/{id}/dispose")
    @Operation(summary = "Dispose of a quantity to recycling, with the reason (409 if less is there or free)")
    @ApplyGuard(ConcurrentWrites.GUARD)
    public Uni<LotView> dispose(@RestPath UUID id, @Valid @NotNull TakeOutRequest request) {
        return stock.dispose(id, request);
    }

    @GET
    @Path("/{id}/label.pdf")
    @Produces("application/pdf")
    @Operation(summary = "The lot's label (100 × 50 mm) with its code and QR code")
    public Uni<Response> label(@RestPath UUID id) {
        return stock.label(id).map(pdf -> Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", "inline; filename=\"etikett.pdf\"").build());
    }

    @GET
    @Path("/{id}/photos")
    public Uni<List<PhotoView>> photos(@RestPath UUID id) {
        return stock.photos(id);
    }

    @POST
    @Path("/{id}/photos")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Add a photo (form field 'file': JPEG, PNG or WebP, at most 10 MiB and 40 megapixels)")
    public Uni<Response> addPhoto(@RestPath UUID id, @RestForm("file") FileUpload file) {
        if (file == null) {
            throw new ProblemException(ProblemType.VALIDATION, Message.of("detail.photo.missing"),
                    List.of(Problem.FieldError.of("file", FieldCode.NOT_NULL, "field.file.required")));
        }
        return stock.addPhoto(id, file.uploadedFile(), file.fileName())
                .map(photo -> Response.created(Locations.of(photo.url())).entity(photo).build());
    }
}
