package se.kretslopp.common;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Reads optional query parameters as text and converts them here, so that a bad value is a 400 naming the
 * parameter (JAX-RS itself would answer 404 for a query parameter it cannot convert).
 */
public final class QueryParams {

    private QueryParams() {
    }

    public static <E extends Enum<E>> E enumValue(Class<E> type, String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(value.trim())) {
                return constant;
            }
        }
        String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
        throw invalid(name, "must be one of " + allowed);
    }

    public static UUID uuid(String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.trim());
        } catch (IllegalArgumentException e) {
            throw invalid(name, "is not an id");
        }
    }

    /** Validates paging: page from 0, size 1 to {@link Page#MAX_SIZE}. */
    public static void paging(int page, int size) {
        if (page < 0) {
            throw invalid("page", "must be 0 or more");
        }
        if (size < 1 || size > Page.MAX_SIZE) {
            throw invalid("size", "must be between 1 and " + Page.MAX_SIZE);
        }
    }

    /** The version in an {@code If-Match} header ({@code "3"} or {@code W/"3"}), or null when there is none. */
    public static Integer ifMatchVersion(String header) {
        if (header == null || header.isBlank() || header.trim().equals("*")) {
            return null;
        }
        String tag = header.trim().replaceFirst("^W/", "").replace("\"", "");
        try {
            return Integer.valueOf(tag);
        } catch (NumberFormatException e) {
            throw new ProblemException(ProblemType.PRECONDITION_FAILED, "If-Match does not name a version of this resource.");
        }
    }

    private static ProblemException invalid(String name, String message) {
        return new ProblemException(ProblemType.BAD_REQUEST, "Query parameter '" + name + "' " + message + ".",
                List.of(new Problem.FieldError(name, message)));
    }
}
