package se.kretslopp.identity;

import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import se.kretslopp.identity.api.Preferences;
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
    private final PersonService people;

    MeResource(CurrentUserService users, PersonService people) {
        this.users = users;
        this.people = people;
    }

    @GET
    @Operation(summary = "The signed-in user and their organisation")
    public MeResponse me() {
        return MeResponse.of(users.current());
    }

    @GET
    @Path("/preferences")
    @Operation(summary = "Your own settings: whether notifications also come by email")
    public Uni<Preferences> preferences() {
        return people.preferences(users.current());
    }

    @PUT
    @Path("/preferences")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Turn email notifications on or off; wanted-request alerts by email at once or as a daily digest")
    public Uni<Preferences> setPreferences(@Valid @NotNull PreferencesRequest request) {
        return people.setPreferences(users.current(), request.emailNotifications(), request.wantedAlerts());
    }

    public record PreferencesRequest(@NotNull Boolean emailNotifications, Preferences.WantedAlerts wantedAlerts) {
    }
}
