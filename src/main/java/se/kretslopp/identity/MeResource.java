package se.kretslopp.identity;

import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.RestMulti;
import se.kretslopp.identity.api.Preferences;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import org.eclipse.microprofile.jwt.JsonWebToken;
import se.kretslopp.identity.api.OrganisationOptional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import se.kretslopp.identity.api.MeResponse;

import java.util.List;
import java.util.Map;

@Path("/v1/me")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
class MeResource {

    private static final String ZIP = "application/zip";

    /** A personal download: not kept by any cache on the way. */
    private static final Map<String, List<String>> DOWNLOAD_HEADERS = Map.of(
            "Content-Disposition", List.of("attachment; filename=\"" + PersonalDataExport.FILENAME + "\""),
            "Cache-Control", List.of("no-store"));

    private final CurrentUserService users;
    private final PersonService people;
    private final PersonalDataExport export;
    private final SecurityIdentity identity;

    MeResource(CurrentUserService users, PersonService people, PersonalDataExport export, SecurityIdentity identity) {
        this.identity = identity;
        this.users = users;
        this.people = people;
        this.export = export;
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
    @Operation(summary = "Turn email notifications on or off; wanted-request alerts by email at once or as a daily"
            + " digest; emails of new messages on or off")
    public Uni<Preferences> setPreferences(@Valid @NotNull PreferencesRequest request) {
        return people.setPreferences(users.current(), request.emailNotifications(), request.wantedAlerts(),
                request.messageEmails());
    }

    @GET
    @Path("/data")
    @Produces(ZIP)
    @Operation(summary = "Download your own data: a ZIP with data.json (everything Kretslopp keeps about you) and"
            + " the photos you uploaded; also when your organisation is no longer registered or active")
    @APIResponse(responseCode = "200", description = "The ZIP, sent as it is written",
            content = @Content(mediaType = ZIP, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @OrganisationOptional
    public RestMulti<byte[]> data() {
        Uni<io.smallrye.mutiny.Multi<byte[]>> zip = users.find().map(export::zip).orElseGet(() -> {
            // removed from their organisation, or it is deactivated or not registered: their data is still theirs
            JsonWebToken token = (JsonWebToken) identity.getPrincipal();
            String username = token.getClaim("preferred_username");
            String email = token.getClaim("email");
            // as GET /me answers, without an organisation or roles
            MeResponse signedInAs = new MeResponse(new MeResponse.User(token.getSubject(), username,
                    CurrentUserFilter.displayName(token), email, List.of()), null);
            return people.lastKnown(token.getSubject(), username, email)
                    .flatMap(person -> export.zip(person, signedInAs));
        });
        return RestMulti.fromUniResponse(zip, pieces -> pieces, pieces -> DOWNLOAD_HEADERS);
    }

    /** {@code wantedAlerts} and {@code messageEmails}: null leaves them as they are. */
    public record PreferencesRequest(@NotNull Boolean emailNotifications, Preferences.WantedAlerts wantedAlerts,
                                     Boolean messageEmails) {
    }
}
