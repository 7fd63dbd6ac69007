package se.kretslopp.identity;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import se.kretslopp.identity.api.MeResponse;

@Path("/v1/me")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
class MeResource {

    private final CurrentUserService users;

    MeResource(CurrentUserService users) {
        this.users = users;
    }

    @GET
    @Operation(summary = "The signed-in user and their organisation")
    public MeResponse me() {
        return MeResponse.of(users.current());
    }
}
