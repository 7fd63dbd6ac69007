package se.kretslopp.search;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import se.kretslopp.common.Roles;

/** Operations on the search index for administrators. */
@Path("/api/v1/admin/search")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
class AdminSearchResource {

    private final ListingIndex index;

    AdminSearchResource(ListingIndex index) {
        this.index = index;
    }

    record ReindexAnswer(String index, long documents) {
    }

    @POST
    @Path("/reindex")
    @Operation(summary = "Rebuild the listings index from PostgreSQL and swap the alias to it (searches go on)")
    public Uni<ReindexAnswer> reindex() {
        return index.reindex().map(result -> new ReindexAnswer(result.index(), result.documents()));
    }
}
