package se.kretslopp.category;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestPath;
import se.kretslopp.category.api.CategoryRequest;
import se.kretslopp.category.api.CategoryView;
import se.kretslopp.common.Locations;
import se.kretslopp.common.Roles;

import java.util.List;
import java.util.UUID;

@Path("/v1/categories")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
class CategoryResource {

    private final CategoryService categories;

    CategoryResource(CategoryService categories) {
        this.categories = categories;
    }

    @GET
    @PermitAll
    @Operation(summary = "The category tree (for everybody: the search page's filter needs it without a login)")
    public Uni<List<CategoryView>> tree() {
        return categories.tree();
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Add a category (admins)")
    public Uni<Response> create(@Valid @NotNull CategoryRequest request) {
        return categories.create(request)
                .map(c -> Response.created(Locations.of("/api/v1/categories/" + c.id())).entity(c).build());
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Rename or move a category (admins)")
    public Uni<CategoryView> update(@RestPath UUID id, @Valid @NotNull CategoryRequest request) {
        return categories.update(id, request);
    }
}
