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
import se.kretslopp.common.Locations;
import se.kretslopp.common.Page;
import se.kretslopp.common.ProblemTexts;
import se.kretslopp.common.QueryParams;
import se.kretslopp.inventory.api.ImportReport;
import se.kretslopp.inventory.api.ItemRequest;
import se.kretslopp.inventory.api.ItemView;

import java.util.UUID;

@Path("/v1/buildings/{buildingId}/items")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
class BuildingItemsResource {

    private final InventoryItemService items;
    private final InventorySheetService sheets;

    BuildingItemsResource(InventoryItemService items, InventorySheetService sheets) {
        this.items = items;
        this.sheets = sheets;
    }

    enum Direction { ASC, DESC }

    @GET
    @Operation(summary = "The items of a building, filtered, sorted and paged")
    public Uni<Page<ItemView>> list(@RestPath UUID buildingId,
                                    @RestQuery String q,
                                    @RestQuery String categoryId,
                                    @RestQuery String status,
                                    @RestQuery String fate,
                                    @RestQuery @DefaultValue("name") String sort,
                                    @RestQuery @DefaultValue("asc") String dir,
                                    @RestQuery String page,
                                    @RestQuery String size) {
        ItemQuery query = new ItemQuery(q, QueryParams.uuid(categoryId, "categoryId"),
                QueryParams.enumValue(ItemRequest.Status.class, status, "status"),
                QueryParams.enumValue(ItemRequest.Fate.class, fate, "fate"),
                QueryParams.enumValue(ItemQuery.Sort.class, sort, "sort"),
                QueryParams.enumValue(Direction.class, dir, "dir") == Direction.DESC);
        return items.list(buildingId, query, QueryParams.page(page), QueryParams.size(size));
    }

    @POST
    @Operation(summary = "Add an item to a building's inventory")
    public Uni<Response> create(@RestPath UUID buildingId, @Valid @NotNull ItemRequest request) {
        return items.create(buildingId, request).map(item -> Response.created(Locations.of("/api/v1/items/" + item.id()))
                .tag(InventoryItemResource.etag(item)).entity(item).build());
    }

    @POST
    @Path("/import")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Import items from an XLSX or CSV file (form field 'file'); dryRun=true only reports problems")
    public Uni<ImportReport> importItems(@RestPath UUID buildingId, @RestQuery String dryRun,
                                         @RestForm("file") FileUpload file, HttpHeaders headers) {
        if (file == null) {
            throw ItemFiles.missingFile();
        }
        return sheets.importItems(buildingId, file.uploadedFile(), file.size(), file.fileName(), file.contentType(),
                QueryParams.bool(dryRun, true, "dryRun"),
                ProblemTexts.languageOf(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE)));
    }

    @GET
    @Path("/export")
    @Produces({ItemFiles.XLSX, ItemFiles.CSV, MediaType.APPLICATION_JSON})
    @Operation(summary = "The building's inventory as a spreadsheet (format=xlsx or csv)")
    public Uni<Response> export(@RestPath UUID buildingId, @RestQuery @DefaultValue("xlsx") String format) {
        return sheets.export(buildingId, ItemFiles.format(format)).map(ItemFiles::attachment);
    }
}
