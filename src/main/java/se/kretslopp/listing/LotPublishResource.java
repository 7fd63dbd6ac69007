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

/** Offering a stored lot (or part of it) as a listing, by the storage site that holds it. */
@Path("/v1/storage/lots/{id}/publish")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
class LotPublishResource {

    private final ListingService listings;

    LotPublishResource(ListingService listings) {
        this.listings = listings;
    }

    @POST
    @Operation(summary = "Offer a stock lot as a listing: it copies the lot and its photos, lies at the site, and offers what the lot has free (at most the quantity asked)")
    @ApplyGuard(ConcurrentWrites.GUARD)
    public Uni<Response> publish(@RestPath UUID id, @Valid @NotNull PublishItemRequest request) {
        return listings.publishLot(id, request).map(listing -> Response
                .created(URI.create("/api/v1/listings/" + listing.id())).entity(listing)
                .tag(ListingResource.etag(listing)).build());
    }
}
