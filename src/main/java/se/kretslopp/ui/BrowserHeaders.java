package se.kretslopp.ui;

import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * The headers that tell browsers what the service's answers may do, on every answer (the API's photos and files
 * included): no content sniffing, no framing, no referrer across origins, the camera and the position only for this
 * origin (the scan page and "near me"; one document serves every page of the app, so a page cannot have its own),
 * and the {@link ContentSecurityPolicy} (not on {@code /q/}: the Swagger UI runs inline scripts). The app's page is
 * revalidated on every load, so that a release is seen at once; Vite's hashed assets are kept for a year.
 */
@ApplicationScoped
class BrowserHeaders {

    static final String PERMISSIONS = "camera=(self), geolocation=(self), microphone=(), payment=(), usb=()";
    private static final String YEAR = "public, max-age=31536000, immutable";

    private final String policy;

    BrowserHeaders(UiConfig config) {
        this.policy = ContentSecurityPolicy.of(config.oidcAuthority(), config.mapTileUrl());
    }

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 100).handler(context -> {
            context.addHeadersEndHandler(v -> decorate(context));
            context.next();
        });
    }

    private void decorate(RoutingContext context) {
        HttpServerResponse response = context.response();
        String path = context.normalizedPath();
        response.putHeader("X-Content-Type-Options", "nosniff");
        response.putHeader("X-Frame-Options", "DENY");
        response.putHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        response.putHeader("Permissions-Policy", PERMISSIONS);
        if (!path.startsWith("/q/")) {
            response.putHeader("Content-Security-Policy", policy);
        }
        if (path.startsWith("/api/") || path.startsWith("/q/")) {
            return;
        }
        String type = response.headers().get("Content-Type");
        if (path.startsWith("/assets/") && response.getStatusCode() == 200) {
            response.putHeader("Cache-Control", YEAR);
        } else if (type != null && type.startsWith("text/html")) {
            response.putHeader("Cache-Control", "no-cache");
        }
    }
}
