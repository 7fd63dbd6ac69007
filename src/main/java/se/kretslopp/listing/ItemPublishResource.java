package se.kretslopp.listing;

import io.quarkus.security.Authenticated;
import io.smallrye.faulttolerance.api.ApplyGuard;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestPath;
import se.kretslopp.common.ConcurrentWrites;
import se.kretslopp.listing.api.PublishItemRequest;

import java.net.URI;
import java.util.UUID;

/** Publishing an inventory item as a listing (its own class: the literal path must be longer than the items'). */
@Path("/v1/items/{id}/publish")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
class ItemPublishResource {

    private final ListingService listings;

    ItemPublishResource(ListingService listings) {
        this.listings = listings;
    }

    @POST
    @Operation(summary = "Publish an inventory item as a listing: copies its data and photos, keeps the link")
    @ApplyGuard(ConcurrentWrites.GUARD)
    public Uni<Response> publish(@RestPath UUID id, @Valid @NotNull PublishItemRequest request) {
        return listings.publishItem(id, request).map(listing -> Response
                .created(URI.create("/api/v1/listings/" + listing.id())).entity(listing)
                .tag(ListingResource.etag(listing)).build());
    }
}
