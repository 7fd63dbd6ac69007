package se.kretslopp.common;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

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
        List<String> allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
        throw invalid(Problem.FieldError.of(name, FieldCode.INVALID_ENUM, "field.invalidEnum",
                String.join(", ", allowed)).withAllowed(allowed));
    }

    public static UUID uuid(String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.trim());
        } catch (IllegalArgumentException e) {
            throw invalid(Problem.FieldError.of(name, FieldCode.INVALID_ID, "field.invalidId"));
        }
    }

    /** The page number: from 0, and not so far out that its offset overflows. */
    public static int page(String value) {
        int page = integer(value, 0, "page");
        if (page < 0 || page > 1_000_000) {
            throw invalid(range("page", 0, 1_000_000));
        }
        return page;
    }

    /** The page size: 1 to {@link Page#MAX_SIZE}. */
    public static int size(String value) {
        int size = integer(value, Page.DEFAULT_SIZE, "size");
        if (size < 1 || size > Page.MAX_SIZE) {
            throw invalid(range("size", 1, Page.MAX_SIZE));
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
            default -> throw invalid(Problem.FieldError.of(name, FieldCode.INVALID_ENUM, "field.invalidEnum",
                    "true, false").withAllowed(List.of("true", "false")));
        };
    }

    /** A whole number within bounds, or null when absent. */
    public static Integer integer(String value, String name, int min, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        int number = integer(value, 0, name);
        if (number < min || number > max) {
            throw invalid(range(name, min, max));
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
            throw invalid(Problem.FieldError.of(name, FieldCode.INVALID_NUMBER, "field.invalidNumber"));
        }
        if (number.doubleValue() < min || number.doubleValue() > max) {
            throw invalid(range(name, format(min), format(max)));
        }
        return number;
    }

    /** A day as YYYY-MM-DD, or null when absent. */
    public static java.time.LocalDate date(String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        java.time.LocalDate date;
        try {
            date = java.time.LocalDate.parse(value.trim());
        } catch (java.time.format.DateTimeParseException e) {
            throw invalid(Problem.FieldError.of(name, FieldCode.INVALID_DATE, "field.invalidDay"));
        }
        // years of four digits: beyond them a day cannot be stored (PostgreSQL) nor a day added to it (java.time)
        if (date.getYear() < 1 || date.getYear() > 9999) {
            throw invalid(Problem.FieldError.of(name, FieldCode.INVALID_DATE, "field.invalidDay"));
        }
        return date;
    }

    /** Repeated or comma-separated values, trimmed, without empties. */
    public static List<String> list(List<String> values) {
        if (values == null) {
            return List.of();
        }
        return values.stream().flatMap(v -> Arrays.stream(v.split(","))).map(String::trim)
                .filter(v -> !v.isEmpty()).distinct().toList();
    }

    /** Fails with a 400 naming the parameter in the error. */
    public static ProblemException invalidParameter(Problem.FieldError error) {
        return invalid(error);
    }

    private static Object format(double number) {
        return number == Math.rint(number) ? (Object) (long) number : (Object) number;
    }

    private static Problem.FieldError range(String name, Object min, Object max) {
        return Problem.FieldError.of(name, FieldCode.RANGE, "field.range", min, max).withMin(min).withMax(max);
    }

    private static int integer(String value, int fallback, String name) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw invalid(Problem.FieldError.of(name, FieldCode.INVALID_WHOLE_NUMBER, "field.invalidWholeNumber"));
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
            throw new ProblemException(ProblemType.PRECONDITION_FAILED, Message.of("detail.ifMatch"), List.of());
        }
    }

    private static ProblemException invalid(Problem.FieldError error) {
        return new ProblemException(ProblemType.BAD_REQUEST,
                Message.of("detail.queryParameter", error.field(), error.text()), List.of(error));
    }
}
