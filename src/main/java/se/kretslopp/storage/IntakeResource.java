package se.kretslopp.storage;

import io.quarkus.security.Authenticated;
import io.smallrye.faulttolerance.api.ApplyGuard;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import se.kretslopp.common.ConcurrentWrites;
import se.kretslopp.common.Roles;
import se.kretslopp.storage.api.IntakeRequest;
import se.kretslopp.storage.api.IntakeView;

@Path("/v1/storage/intakes")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
class IntakeResource {

    private final StockService stock;

    IntakeResource(StockService stock) {
        this.stock = stock;
    }

    @POST
    // the roles that may deliver or receive are checked before the body is read and validated
    @RolesAllowed({Roles.STORAGE_OPERATOR, Roles.ADMIN, Roles.CONTRACTOR})
    @Operation(summary = "Receive a delivery as one or more stock lots, each put in a location of the site")
    @ApplyGuard(ConcurrentWrites.GUARD)
    @APIResponse(responseCode = "201", description = "Received: the intake with its new lots",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = IntakeView.class)))
    public Uni<Response> receive(@Valid @NotNull IntakeRequest request) {
        return stock.intake(request).map(intake -> Response.status(Response.Status.CREATED).entity(intake).build());
    }
}
