package se.kretslopp.inventory;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
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
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import se.kretslopp.audit.AuditService;
import se.kretslopp.audit.api.AuditEntryView;
import se.kretslopp.common.Locations;
import se.kretslopp.common.Page;
import se.kretslopp.common.QueryParams;
import se.kretslopp.inventory.api.ItemRequest;
import se.kretslopp.inventory.api.ItemView;
import se.kretslopp.photo.api.PhotoView;

import java.util.List;
import java.util.UUID;

@Path("/v1/items")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
class InventoryItemResource {

    private final InventoryItemService items;
    private final InventorySheetService sheets;
    private final AuditService audit;

    InventoryItemResource(InventoryItemService items, InventorySheetService sheets, AuditService audit) {
        this.items = items;
        this.sheets = sheets;
        this.audit = audit;
    }

    @GET
    @Path("/import-template")
    @Produces({ItemFiles.XLSX, ItemFiles.CSV, MediaType.APPLICATION_JSON})
    @Operation(summary = "The spreadsheet template for imports (format=xlsx or csv)")
    public Uni<Response> template(@RestQuery @DefaultValue("xlsx") String format) {
        return sheets.template(ItemFiles.format(format)).map(ItemFiles::attachment);
    }

    @POST
    @Path("/{id}/photos")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Add a photo (form field 'file': JPEG, PNG or WebP, at most 10 MiB and 40 megapixels)")
    public Uni<Response> addPhoto(@RestPath UUID id, @RestForm("file") FileUpload file) {
        if (file == null) {
            throw ItemFiles.missingFile();
        }
        return items.addPhoto(id, file.uploadedFile(), file.fileName())
                .map(photo -> Response.created(Locations.of(photo.url())).entity(photo).build());
    }

    @GET
    @Path("/{id}/photos")
    public Uni<List<PhotoView>> photos(@RestPath UUID id) {
        return items.photos(id);
    }

    @GET
    @Path("/{id}")
    public Uni<Response> get(@RestPath UUID id) {
        return items.get(id).map(item -> Response.ok(item).tag(etag(item)).build());
    }

    @GET
    @Path("/{id}/history")
    @Operation(summary = "The item's changes, oldest first (the audit trail), for those who may read it")
    public Uni<List<AuditEntryView>> history(@RestPath UUID id) {
        return items.get(id).flatMap(readable -> audit.history("inventory_item", id.toString()));
    }

    @PUT
    @Path("/{id}")
    @Operation(summary = "Replace an item; send If-Match with its ETag to refuse a stale write (412)")
    public Uni<Response> update(@RestPath UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                @Valid @NotNull ItemRequest request) {
        return items.update(id, QueryParams.ifMatchVersion(ifMatch), request)
                .map(item -> Response.ok(item).tag(etag(item)).build());
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Delete an item and its photos; send If-Match with its ETag to refuse a stale delete (412)")
    public Uni<Response> delete(@RestPath UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return items.delete(id, QueryParams.ifMatchVersion(ifMatch)).map(v -> Response.noContent().build());
    }

    static EntityTag etag(ItemView item) {
        return new EntityTag(Integer.toString(item.version()));
    }
}
