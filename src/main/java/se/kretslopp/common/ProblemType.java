package se.kretslopp.common;

/**
 * The stable kinds of problem the API reports. Clients may switch on {@link #uri()}; the titles are for people.
 */
public enum ProblemType {
    BAD_REQUEST(400, "Bad request"),
    VALIDATION(400, "Invalid request"),
    UNAUTHENTICATED(401, "Authentication required"),
    FORBIDDEN(403, "Forbidden"),
    UNKNOWN_ORGANISATION(403, "Unknown organisation"),
    ORGANISATION_DEACTIVATED(403, "Organisation deactivated"),
    NOT_FOUND(404, "Not found"),
    METHOD_NOT_ALLOWED(405, "Method not allowed"),
    NOT_ACCEPTABLE(406, "Not acceptable"),
    CONFLICT(409, "Conflict"),
    PRECONDITION_FAILED(412, "Precondition failed"),
    PAYLOAD_TOO_LARGE(413, "Payload too large"),
    URI_TOO_LONG(414, "URI too long"),
    UNSUPPORTED_MEDIA_TYPE(415, "Unsupported media type"),
    UNPROCESSABLE(422, "Unprocessable request"),
    TOO_MANY_REQUESTS(429, "Too many requests"),
    HEADERS_TOO_LARGE(431, "Request header fields too large"),
    SERVICE_UNAVAILABLE(503, "Service unavailable"),
    INTERNAL(500, "Internal server error"),
    GONE(410, "Gone"),
    /** An organisation application that is no longer pending: approved, rejected or withdrawn. */
    APPLICATION_DECIDED(409, "Application already decided"),
    /** The person already belongs to a registered organisation (to apply or to accept an invitation). */
    ALREADY_IN_ORGANISATION(409, "Already in an organisation"),
    INVITATION_USED(409, "Invitation already used"),
    INVITATION_EXPIRED(410, "Invitation expired"),
    INVITATION_REVOKED(410, "Invitation revoked"),
    /** The organisation would be left without an admin. */
    LAST_ADMIN(409, "Last admin"),
    /** The identity provider's admin API did not answer; nothing was changed. */
    IDENTITY_PROVIDER_UNAVAILABLE(503, "Identity provider unavailable");

    private final int status;
    private final String title;

    ProblemType(int status, String title) {
        this.status = status;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public String uri() {
        return "urn:kretslopp:problem:" + name().toLowerCase().replace('_', '-');
    }

    /** The key of the title in {@code ProblemTexts}. */
    String titleKey() {
        return "title." + uri().substring(uri().lastIndexOf(':') + 1);
    }

    /** The type of a {@link #uri()}, or null for one that is not ours. */
    static ProblemType ofUri(String uri) {
        for (ProblemType type : values()) {
            if (type.uri().equals(uri)) {
                return type;
            }
        }
        return null;
    }

    /** The generic type for an HTTP status that has no more specific one. */
    public static ProblemType forStatus(int status) {
        for (ProblemType type : values()) {
            if (type.status == status && type != VALIDATION && type != UNKNOWN_ORGANISATION
                    && type != ORGANISATION_DEACTIVATED) {
                return type;
            }
        }
        return status >= 500 ? INTERNAL : BAD_REQUEST;
    }
}
