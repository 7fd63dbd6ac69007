package se.kretslopp.ui;

import java.net.URI;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The Content-Security-Policy of the web UI: its own scripts only, connections to itself and to the identity
 * provider (oidc-client-ts reads the discovery document and the token endpoint), map tiles from the configured
 * tile server, images from itself and from the object and data URLs it makes (photos, QR codes), and no framing.
 * Inline styles are allowed: the map and the charts set style attributes.
 */
final class ContentSecurityPolicy {

    private ContentSecurityPolicy() {
    }

    static String of(String oidcAuthority, Optional<String> mapTileUrl) {
        String identity = origin(oidcAuthority).orElse("");
        String tiles = mapTileUrl.filter(url -> !url.isBlank() && !"none".equals(url))
                .flatMap(ContentSecurityPolicy::origin).orElse("");
        return String.join("; ",
                "default-src 'self'",
                "script-src 'self'",
                "style-src 'self' 'unsafe-inline'",
                join("img-src 'self' data: blob:", tiles),
                "font-src 'self' data:",
                join("connect-src 'self'", identity),
                join("frame-src 'self'", identity),
                "worker-src 'self' blob:",
                "media-src 'self' blob:",
                "manifest-src 'self'",
                "object-src 'none'",
                "base-uri 'self'",
                join("form-action 'self'", identity),
                "frame-ancestors 'none'");
    }

    /**
     * The scheme, host and port of a URL or URL template ({@code https://{s}.tile.example/{z}/{x}/{y}.png} gives
     * {@code https://*.tile.example}); empty for anything that is not an absolute http(s) URL.
     */
    static Optional<String> origin(String url) {
        if (url == null) {
            return Optional.empty();
        }
        String template = url.trim().replace("{s}", "x-subdomain-x");
        int path = template.indexOf('/', template.indexOf("://") + 3);
        String head = path < 0 ? template : template.substring(0, path);
        try {
            URI uri = URI.create(head);
            if (uri.getHost() == null || !Set.of("http", "https").contains(uri.getScheme())) {
                return Optional.empty();
            }
            String host = uri.getHost().replace("x-subdomain-x", "*");
            return Optional.of(uri.getScheme() + "://" + host + (uri.getPort() < 0 ? "" : ":" + uri.getPort()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String join(String directive, String source) {
        Set<String> parts = new LinkedHashSet<>();
        parts.add(directive);
        if (!source.isEmpty()) {
            parts.add(source);
        }
        return String.join(" ", parts);
    }
}
