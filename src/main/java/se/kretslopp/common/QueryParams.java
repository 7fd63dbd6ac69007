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

    /** The page number: from 0, and not so far out that its offset overflows. */
    public static int page(String value) {
        int page = integer(value, 0, "page");
        if (page < 0 || page > 1_000_000) {
            throw invalid("page", "must be between 0 and 1000000");
        }
        return page;
    }

    /** The page size: 1 to {@link Page#MAX_SIZE}. */
    public static int size(String value) {
        int size = integer(value, Page.DEFAULT_SIZE, "size");
        if (size < 1 || size > Page.MAX_SIZE) {
            throw invalid("size", "must be between 1 and " + Page.MAX_SIZE);
        }
        return size;
    }

    /** {@code true} or {@code false} only: a typo must not turn a dry run into the real thing. */
    public static boolean bool(String value, boolean fallback, String name) {
        if (value == null) {
            return fallback;
        }
        return switch (value.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw invalid(name, "must be true or false");
        };
    }

    /** A whole number within bounds, or null when absent. */
    public static Integer integer(String value, String name, int min, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        int number = integer(value, 0, name);
        if (number < min || number > max) {
            throw invalid(name, "must be between " + min + " and " + max);
        }
        return number;
    }

    /** A decimal number within bounds, or null when absent. */
    public static java.math.BigDecimal decimal(String value, String name, double min, double max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        java.math.BigDecimal number;
        try {
            number = new java.math.BigDecimal(value.trim());
        } catch (NumberFormatException e) {
            throw invalid(name, "must be a number");
        }
        if (number.doubleValue() < min || number.doubleValue() > max) {
            throw invalid(name, "must be between " + format(min) + " and " + format(max));
        }
        return number;
    }

    /** A day as YYYY-MM-DD, or null when absent. */
    public static java.time.LocalDate date(String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return java.time.LocalDate.parse(value.trim());
        } catch (java.time.format.DateTimeParseException e) {
            throw invalid(name, "must be a date as YYYY-MM-DD");
        }
    }

    /** Repeated or comma-separated values, trimmed, without empties. */
    public static List<String> list(List<String> values) {
        if (values == null) {
            return List.of();
        }
        return values.stream().flatMap(v -> Arrays.stream(v.split(","))).map(String::trim)
                .filter(v -> !v.isEmpty()).distinct().toList();
    }

    /** Fails with a 400 naming the parameter. */
    public static ProblemException invalidParameter(String name, String message) {
        return invalid(name, message);
    }

    private static String format(double number) {
        return number == Math.rint(number) ? Long.toString((long) number) : Double.toString(number);
    }

    private static int integer(String value, int fallback, String name) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw invalid(name, "must be a whole number");
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
