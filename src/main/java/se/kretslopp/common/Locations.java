package se.kretslopp.common;

import java.net.URI;

/**
 * The {@code Location} of a created resource. JAX-RS resolves a {@code Location} against the API's base URI
 * ({@code /api/}, {@code quarkus.rest.path}) even when it starts with a slash, so {@code /api/v1/x} would become
 * {@code /api/api/v1/x}; this gives the URI relative to that base.
 */
public final class Locations {

    private static final String BASE = "/api/";

    private Locations() {
    }

    /** The location of an API path such as {@code /api/v1/listings/42}. */
    public static URI of(String apiPath) {
        if (!apiPath.startsWith(BASE)) {
            throw new IllegalArgumentException("not an API path: " + apiPath);
        }
        return URI.create(apiPath.substring(BASE.length()));
    }
}
