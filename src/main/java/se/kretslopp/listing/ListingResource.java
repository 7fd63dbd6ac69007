package se.kretslopp.listing;

import io.quarkus.security.Authenticated;
import io.smallrye.faulttolerance.api.ApplyGuard;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import se.kretslopp.common.ConcurrentWrites;
import se.kretslopp.audit.AuditService;
import se.kretslopp.audit.api.AuditEntryView;
import se.kretslopp.common.FieldCode;
import se.kretslopp.common.Locations;
import se.kretslopp.common.Message;
import se.kretslopp.common.Page;
import se.kretslopp.common.Problem;
import se.kretslopp.common.ProblemException;
import se.kretslopp.common.ProblemType;
import se.kretslopp.common.QueryParams;
import se.kretslopp.listing.api.ListingRequest;
import se.kretslopp.listing.api.ListingStatus;
import se.kretslopp.listing.api.ListingView;
import se.kretslopp.photo.api.PhotoView;

import java.util.List;
import java.util.UUID;

@Path("/v1/listings")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
class ListingResource {

    private final ListingService listings;
    private final AuditService audit;

    ListingResource(ListingService listings, AuditService audit) {
        this.listings = listings;
        this.audit = audit;
    }

    @POST
    @Operation(summary = "Create a listing of your organisation (status DRAFT by default, or PUBLISHED)")
    @ApplyGuard(ConcurrentWrites.GUARD)
    public Uni<Response> create(@Valid @NotNull ListingRequest request) {
        return listings.create(request).map(listing -> Response.created(Locations.of("/api/v1/listings/" + listing.id()))
                .entity(listing).tag(etag(listing)).build());
    }

    @GET
    @Operation(summary = "Your organisation's listings, every status, most recently changed first")
    public Uni<Page<ListingView>> own(@RestQuery String status, @RestQuery String q, @RestQuery String page,
                                      @RestQuery String size) {
        return listings.listOwn(QueryParams.enumValue(ListingStatus.class, status, "status"), q,
                QueryParams.page(page), QueryParams.size(size));
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @Operation(summary = "A listing; anonymous visitors see published public listings")
    public Uni<Response> get(@RestPath UUID id) {
        return listings.get(id).map(listing -> Response.ok(listing).tag(etag(listing)).build());
    }

    @PUT
    @Path("/{id}")
    @Operation(summary = "Replace a listing; send If-Match with its ETag to refuse a stale write (412)")
    @ApplyGuard(ConcurrentWrites.GUARD)
    public Uni<Response> update(@RestPath UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                @Valid @NotNull ListingRequest request) {
        return listings.update(id, QueryParams.ifMatchVersion(ifMatch), request)
                .map(listing -> Response.ok(listing).tag(etag(listing)).build());
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Withdraw a listing (it stays, with status WITHDRAWN; publish it again with PUT)")
    @ApplyGuard(ConcurrentWrites.GUARD)
    public Uni<Response> withdraw(@RestPath UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return listings.withdraw(id, QueryParams.ifMatchVersion(ifMatch))
                .map(listing -> Response.ok(listing).tag(etag(listing)).build());
    }

    @GET
    @Path("/{id}/history")
    @Operation(summary = "The listing's changes, oldest first (the audit trail), for its organisation's editors")
    public Uni<List<AuditEntryView>> history(@RestPath UUID id) {
        return listings.requireEditable(id).flatMap(editable -> audit.history("listing", id.toString()));
    }

    @GET
    @Path("/{id}/photos")
    @PermitAll
    public Uni<List<PhotoView>> photos(@RestPath UUID id) {
        return listings.photos(id);
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
        return listings.addPhoto(id, file.uploadedFile(), file.fileName())
                .map(photo -> Response.created(Locations.of(photo.url())).entity(photo).build());
    }

    static EntityTag etag(ListingView listing) {
        return new EntityTag(Integer.toString(listing.version()));
    }
}
