package se.kretslopp.common;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An RFC 9457 problem detail. Every 4xx/5xx answer under {@code /api} has this body with the media type
 * {@code application/problem+json}; {@code errors} names the offending fields of a bad request. The texts are
 * written in the request's language when the answer is sent ({@link #in}); {@code detailText} is the detail as a
 * {@link Message} where we have it in both languages.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors,
                      @JsonIgnore Message detailText) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors) {
        this(type, title, status, detail, instance, errors, null);
    }

    /**
     * One invalid field: a JSON path such as {@code address.postalCode} (or a parameter's name, or {@code body}),
     * a stable {@code code} for programs (the Bean Validation constraint's simple name, or a {@link FieldCode}),
     * a {@code message} for people in the request's language, and the attributes a client needs to write its own
     * message: {@code min}, {@code max}, {@code allowed} values, the {@code other} field it depends on. There is
     * no field error without a code: the constructor refuses one.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FieldError(String field, String code, String message, Object min, Object max, List<String> allowed,
                             String other, @JsonIgnore Message text) {

        private static final Pattern CODE = Pattern.compile("[A-Z][A-Za-z0-9]*");

        public FieldError {
            if (field == null) { // may be blank: a query parameter's name is what the client sent
                throw new IllegalArgumentException("A field error names its field");
            }
            if (code == null || !CODE.matcher(code).matches()) {
                throw new IllegalArgumentException("A field error has a code such as NotBlank, not '" + code + "'");
            }
            if (message == null && text == null) {
                throw new IllegalArgumentException("A field error has a message");
            }
            if (message == null) {
                message = text.in(ProblemTexts.DEFAULT);
            }
            allowed = allowed == null ? null : List.copyOf(allowed);
        }

        /** A field error of ours: the message is the key's text in {@code ProblemTexts} with the arguments. */
        public static FieldError of(String field, FieldCode code, String key, Object... args) {
            return new FieldError(field, code.code(), null, null, null, null, null, Message.of(key, args));
        }

        /** A Bean Validation violation: its message is already in the request's language. */
        public static FieldError constraint(String field, String constraint, String message) {
            return new FieldError(field, constraint, message, null, null, null, null, null);
        }

        /**
         * A Bean Validation violation as a field error: the code is the constraint's simple name, the message the
         * violation's (interpolated in the request's language), and the constraint's bounds its {@code min} and
         * {@code max}.
         */
        public static FieldError violation(String field, jakarta.validation.ConstraintViolation<?> violation) {
            return violation(field, violation, violation.getMessage());
        }

        /** As {@link #violation(String, jakarta.validation.ConstraintViolation)}, with the message given. */
        static FieldError violation(String field, jakarta.validation.ConstraintViolation<?> violation, String message) {
            jakarta.validation.metadata.ConstraintDescriptor<?> constraint = violation.getConstraintDescriptor();
            return constraint(field, constraint.getAnnotation().annotationType().getSimpleName(), message)
                    .withBounds(constraint.getAttributes());
        }

        /** {@code min} and {@code max} from a constraint's attributes, where they bound anything. */
        FieldError withBounds(java.util.Map<String, Object> attributes) {
            FieldError error = this;
            switch (code) {
                case "Min", "DecimalMin" -> error = error.withMin(attributes.get("value"));
                case "Max", "DecimalMax" -> error = error.withMax(attributes.get("value"));
                case "Size", "Length", "Range", "CodePointLength" -> {
                    if (attributes.get("min") instanceof Number n && n.longValue() > 0) {
                        error = error.withMin(n);
                    }
                    if (attributes.get("max") instanceof Number n && n.longValue() < Integer.MAX_VALUE) {
                        error = error.withMax(n);
                    }
                }
                case "Digits" -> error = error.withMax(attributes.get("integer"));
                default -> {
                }
            }
            return error;
        }

        public FieldError withMin(Object value) {
            return new FieldError(field, code, message, value, max, allowed, other, text);
        }

        public FieldError withMax(Object value) {
            return new FieldError(field, code, message, min, value, allowed, other, text);
        }

        public FieldError withAllowed(List<String> values) {
            return new FieldError(field, code, message, min, max, values, other, text);
        }

        public FieldError withOther(String otherField) {
            return new FieldError(field, code, message, min, max, allowed, otherField, text);
        }

        /** The same error with another field name (a sheet's row and column for an item's field). */
        public FieldError withField(String name) {
            return new FieldError(name, code, message, min, max, allowed, other, text);
        }

        /** The message in the language; a Bean Validation message is left as it is. */
        public String message(Locale language) {
            return text == null ? message : text.in(language);
        }

        /** The same error with its message in the language (where it is ours). */
        public FieldError in(Locale language) {
            return text == null ? this : new FieldError(field, code, text.in(language), min, max, allowed, other, text);
        }
    }

    public static Problem of(ProblemType type, String detail) {
        return new Problem(type.uri(), type.title(), type.status(), detail, null, List.of());
    }

    public static Problem of(ProblemType type, String detail, List<FieldError> errors) {
        return new Problem(type.uri(), type.title(), type.status(), detail, null, errors);
    }

    /** A problem whose detail is ours in both languages. */
    public static Problem of(ProblemType type, Message detail, List<FieldError> errors) {
        return new Problem(type.uri(), type.title(), type.status(), detail.in(ProblemTexts.DEFAULT), null, errors,
                detail);
    }

    public Problem withInstance(String path) {
        return new Problem(type, title, status, detail, path, errors, detailText);
    }

    /** The problem with its title, its detail (where we have it in both) and its field messages in the language. */
    public Problem in(Locale language) {
        ProblemType kind = ProblemType.ofUri(type);
        return new Problem(type, kind == null ? title : ProblemTexts.format(language, kind.titleKey(), List.of()),
                status, detailText == null ? detail : detailText.in(language), instance,
                errors == null ? null : errors.stream().map(e -> e.in(language)).toList(), detailText);
    }
}
