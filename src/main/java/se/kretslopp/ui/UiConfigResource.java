package se.kretslopp.ui;

import jakarta.annotation.Nullable;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Runtime configuration for the single-page app, so one build of the UI runs in every environment. */
@Path("/v1/ui-config")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
class UiConfigResource {

    record Oidc(String authority, String clientId) {
    }

    record MapTiles(@Nullable String url, @Nullable String attribution) {
    }

    /** contact: an e-mail address for accessibility feedback, or null when the installation has not set one. */
    record AccessibilityStatement(@Nullable String contact) {
    }

    record UiConfigResponse(Oidc oidc, MapTiles map, AccessibilityStatement accessibility) {
    }

    private final UiConfig config;

    UiConfigResource(UiConfig config) {
        this.config = config;
    }

    @GET
    @Operation(summary = "Configuration the web UI needs before sign-in")
    public UiConfigResponse get() {
        return new UiConfigResponse(new Oidc(config.oidcAuthority(), config.oidcClientId()),
                new MapTiles(config.mapTileUrl().filter(url -> !url.isBlank() && !"none".equals(url)).orElse(null),
                        config.mapAttribution().orElse(null)),
                new AccessibilityStatement(config.accessibilityContact().filter(contact -> !contact.isBlank()).orElse(null)));
    }
}
