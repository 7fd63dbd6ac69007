package se.kretslopp.common;

import java.util.Locale;
import java.util.Optional;

/**
 * The budgets of requests a user (or, signed out, a client address) may spend per period, each with its own limit
 * (configured in {@link RateLimitConfig}): what an abuser would repeat most cheaply, or what costs the service most.
 * Reads by signed-in users are not limited.
 */
public enum RateBudget {
    /** search, type-ahead and the map */
    SEARCH,
    /** pages anyone may read: the public impact page, listings, categories, configuration */
    PUBLIC,
    /** photo uploads, spreadsheet imports and files attached to messages */
    UPLOADS,
    /** new reservations */
    RESERVATIONS,
    /** new messages in conversations */
    MESSAGES,
    /** every other change */
    WRITES;

    String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Which budget a request spends, if any. Pure, so that the table can be tested without a server. */
    static Optional<RateBudget> of(String method, String path, boolean signedIn) {
        if (!path.startsWith("/api/")) {
            return Optional.empty();
        }
        boolean read = method.equals("GET") || method.equals("HEAD");
        if (read) {
            if (path.startsWith("/api/v1/search/")) {
                return Optional.of(SEARCH);
            }
            return signedIn ? Optional.empty() : Optional.of(PUBLIC);
        }
        if (method.equals("OPTIONS")) {
            return Optional.empty();
        }
        if (method.equals("POST") && (path.endsWith("/photos") || path.endsWith("/items/import")
                || path.startsWith("/api/v1/conversations/") && path.endsWith("/attachments"))) {
            return Optional.of(UPLOADS);
        }
        if (method.equals("POST") && (path.equals("/api/v1/reservations") || path.equals("/api/v1/reservations/"))) {
            return Optional.of(RESERVATIONS);
        }
        if (method.equals("POST") && path.startsWith("/api/v1/conversations/")
                && (path.endsWith("/messages") || path.endsWith("/messages/"))) {
            return Optional.of(MESSAGES);
        }
        return Optional.of(WRITES);
    }
}
