package se.kretslopp.common;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.smallrye.mutiny.CompositeException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Turns every failure of a REST call into an RFC 9457 problem answer. Mutiny wraps failures of combined
 * {@code Uni}s in a {@link CompositeException}; the first cause is what the user needs to see. Every answer is in the
 * language of the request's {@code Accept-Language} ({@link ProblemTexts#languageOf}) and says which in
 * {@code Content-Language}; every field error carries a code ({@link Problem.FieldError}).
 */
class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    /** At most this many field errors in one answer: enough for any form, and no amplification. */
    static final int MAX_FIELD_ERRORS = 100;

    @jakarta.inject.Inject
    ViolationMessages messages;

    /** Where an answer goes: the path it is about and the language it is written in. */
    record Request(String path, Locale language) {
        static Request of(UriInfo uri, HttpHeaders headers) {
            return new Request(uri.getRequestUri().getPath(),
                    ProblemTexts.languageOf(headers == null ? null : headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE)));
        }
    }

    @ServerExceptionMapper(priority = 1)
    Response composite(CompositeException e, UriInfo uri, HttpHeaders headers) {
        return map(e.getCause() != null ? e.getCause() : e, Request.of(uri, headers));
    }

    @ServerExceptionMapper(priority = 1)
    Response problem(ProblemException e, UriInfo uri, HttpHeaders headers) {
        return respond(e.problem(), Request.of(uri, headers));
    }

    @ServerExceptionMapper(priority = 1)
    Response validation(ConstraintViolationException e, UriInfo uri, HttpHeaders headers) {
        return validation(e, Request.of(uri, headers));
    }

    private Response validation(ConstraintViolationException e, Request request) {
        List<Problem.FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<?> violation : e.getConstraintViolations()) {
            errors.add(Problem.FieldError.violation(fieldOf(violation.getPropertyPath()), violation,
                    messages.in(violation, request.language())));
        }
        errors.sort(Comparator.comparing(Problem.FieldError::field).thenComparing(Problem.FieldError::code));
        Message detail = errors.size() == 1
                ? Message.of("detail.field", errors.get(0).field(), errors.get(0).message())
                : errors.size() > MAX_FIELD_ERRORS ? Message.of("detail.fields.first", errors.size(), MAX_FIELD_ERRORS)
                : Message.of("detail.fields", errors.size());
        return respond(Problem.of(ProblemType.VALIDATION, detail,
                errors.size() > MAX_FIELD_ERRORS ? List.copyOf(errors.subList(0, MAX_FIELD_ERRORS)) : errors), request);
    }

    // Quarkus REST brings its own mappers for these Jackson subtypes; the most specific type wins, so name them.
    @ServerExceptionMapper(priority = 1)
    Response unknownField(UnrecognizedPropertyException e, UriInfo uri, HttpHeaders headers) {
        return json(e, Request.of(uri, headers));
    }

    @ServerExceptionMapper(priority = 1)
    Response invalidFormat(InvalidFormatException e, UriInfo uri, HttpHeaders headers) {
        return json(e, Request.of(uri, headers));
    }

    @ServerExceptionMapper(priority = 1)
    Response mismatchedInput(MismatchedInputException e, UriInfo uri, HttpHeaders headers) {
        return json(e, Request.of(uri, headers));
    }

    @ServerExceptionMapper(priority = 1)
    Response unparsable(JsonParseException e, UriInfo uri, HttpHeaders headers) {
        return json(e, Request.of(uri, headers));
    }

    @ServerExceptionMapper(priority = 1)
    Response json(JsonProcessingException e, UriInfo uri, HttpHeaders headers) {
        return json(e, Request.of(uri, headers));
    }

    private Response json(JsonProcessingException e, Request request) {
        Problem.FieldError error = jsonError(e);
        Message detail = "body".equals(error.field()) && FieldCode.MALFORMED.code().equals(error.code())
                ? Message.of("detail.body.malformed")
                : FieldCode.UNKNOWN.code().equals(error.code()) ? Message.of("detail.unknownField", error.field())
                : Message.of("detail.field", error.field(), error.text());
        return respond(Problem.of(ProblemType.BAD_REQUEST, detail, List.of(error)), request);
    }

    /** What is wrong with a JSON body, as one field error. */
    static Problem.FieldError jsonError(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            return Problem.FieldError.of(pathOf(unknown), FieldCode.UNKNOWN, "field.unknown");
        }
        if (e instanceof JsonInputLimits.Refused refused) {
            return refused.error(pathOf(refused));
        }
        if (e instanceof InvalidFormatException invalid) {
            return invalidValue(pathOf(invalid), invalid.getTargetType());
        }
        if (e instanceof MismatchedInputException mismatched && !mismatched.getPath().isEmpty()) {
            return Problem.FieldError.of(pathOf(mismatched), FieldCode.WRONG_TYPE, "field.wrongType");
        }
        return Problem.FieldError.of("body", FieldCode.MALFORMED, "field.body.malformed");
    }

    /** A value Jackson could not turn into the field's type: the code says which kind of value was wanted. */
    static Problem.FieldError invalidValue(String field, Class<?> type) {
        if (type == null) {
            return Problem.FieldError.of(field, FieldCode.INVALID_VALUE, "field.invalidValue");
        }
        if (type.isEnum()) {
            List<String> allowed = Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
            return Problem.FieldError.of(field, FieldCode.INVALID_ENUM, "field.invalidEnum", String.join(", ", allowed))
                    .withAllowed(allowed);
        }
        if (java.time.temporal.Temporal.class.isAssignableFrom(type) || java.time.temporal.TemporalAccessor.class
                .isAssignableFrom(type) || java.util.Date.class.isAssignableFrom(type)) {
            return Problem.FieldError.of(field, FieldCode.INVALID_DATE,
                    type == java.time.LocalDate.class ? "field.invalidDay" : "field.invalidDate");
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class
                || type == Short.class || type == short.class || type == Byte.class || type == byte.class
                || type == java.math.BigInteger.class) {
            return Problem.FieldError.of(field, FieldCode.INVALID_WHOLE_NUMBER, "field.invalidWholeNumber");
        }
        if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
            return Problem.FieldError.of(field, FieldCode.INVALID_NUMBER, "field.invalidNumber");
        }
        if (type == Boolean.class || type == boolean.class) {
            return Problem.FieldError.of(field, FieldCode.INVALID_ENUM, "field.invalidEnum", "true, false")
                    .withAllowed(List.of("true", "false"));
        }
        if (type == java.util.UUID.class) {
            return Problem.FieldError.of(field, FieldCode.INVALID_ID, "field.invalidId");
        }
        return Problem.FieldError.of(field, FieldCode.INVALID_VALUE, "field.invalidValue");
    }

    @ServerExceptionMapper(priority = 1)
    Response unauthenticated(UnauthorizedException e, UriInfo uri, HttpHeaders headers) {
        return unauthenticated(Request.of(uri, headers));
    }

    @ServerExceptionMapper(priority = 1)
    Response authenticationFailed(AuthenticationFailedException e, UriInfo uri, HttpHeaders headers) {
        return unauthenticated(Request.of(uri, headers));
    }

    @ServerExceptionMapper(priority = 1)
    Response forbidden(ForbiddenException e, UriInfo uri, HttpHeaders headers) {
        return forbidden(Request.of(uri, headers));
    }

    private Response forbidden(Request request) {
        return respond(Problem.of(ProblemType.FORBIDDEN, Message.of("detail.forbidden"), List.of()), request);
    }

    @ServerExceptionMapper(priority = 1)
    Response web(WebApplicationException e, UriInfo uri, HttpHeaders headers) {
        return web(e, Request.of(uri, headers));
    }

    private Response web(WebApplicationException e, Request request) {
        // Quarkus REST wraps a body that is not JSON at all in a bare 400: say what is wrong, as for any JSON error
        if (e.getResponse().getStatus() == 400 && e.getCause() instanceof JsonProcessingException j) {
            return json(j, request);
        }
        Response original = e.getResponse();
        int status = original.getStatus();
        ProblemType type = ProblemType.forStatus(status);
        Problem problem;
        if (status >= 500) {
            problem = new Problem(type.uri(), type.title(), status, null, null, List.of());
        } else if (ProblemTexts.has("detail.http." + status)) {
            // only Quarkus REST throws these (ours throw ProblemException), and its texts ("HTTP 404 Not Found",
            // "Unable to find matching target resource method") say no more than the status: say it in words
            problem = Problem.of(type, Message.of("detail.http." + status), List.of());
        } else {
            problem = Problem.of(type, e.getMessage());
        }
        Response.ResponseBuilder builder = Response.status(status)
                .type(Problem.MEDIA_TYPE)
                .header(HttpHeaders.CONTENT_LANGUAGE, ProblemTexts.tag(request.language()))
                .entity(problem.in(request.language()).withInstance(request.path()));
        original.getStringHeaders().forEach((name, values) -> {
            if (!HttpHeaders.CONTENT_TYPE.equalsIgnoreCase(name) && !HttpHeaders.CONTENT_LENGTH.equalsIgnoreCase(name)
                    && !HttpHeaders.CONTENT_LANGUAGE.equalsIgnoreCase(name)) {
                values.forEach(value -> builder.header(name, value));
            }
        });
        return builder.build();
    }

    @ServerExceptionMapper(priority = 10)
    Response unexpected(Throwable e, UriInfo uri, HttpHeaders headers) {
        return map(e, Request.of(uri, headers));
    }

    private Response map(Throwable e, Request request) {
        if (e instanceof ProblemException p) {
            return respond(p.problem(), request);
        }
        if (e instanceof ConstraintViolationException c) {
            return validation(c, request);
        }
        if (e instanceof JsonProcessingException j) {
            return json(j, request);
        }
        if (e instanceof UnauthorizedException || e instanceof AuthenticationFailedException) {
            return unauthenticated(request);
        }
        if (e instanceof ForbiddenException) {
            return forbidden(request);
        }
        if (e instanceof WebApplicationException w) {
            return web(w, request);
        }
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            // two writers raced past the If-Match check: the loser is told, as for a stale If-Match
            if (cause instanceof org.hibernate.StaleStateException
                    || cause instanceof jakarta.persistence.OptimisticLockException) {
                return respond(Problem.of(ProblemType.PRECONDITION_FAILED, Message.of("detail.concurrentChange"),
                        List.of()), request);
            }
            if (cause instanceof ProblemException p) {
                return respond(p.problem(), request);
            }
            String state = SqlStates.of(cause);
            if ("23505".equals(state)) {
                return respond(Problem.of(ProblemType.CONFLICT, Message.of("detail.exists"), List.of()), request);
            }
            // a constraint refused the write (class 23): the stock ledger's check (a quantity would go negative, or
            // more be promised than is there), or another rule of the data that a change at the same moment broke
            // (a row referred to was removed meanwhile, say); the checks before each write give the clearer answers
            if (state != null && state.startsWith("23")) {
                boolean stock = String.valueOf(SqlStates.constraint(cause)).startsWith("stock_")
                        || String.valueOf(cause.getMessage()).contains("stock_");
                return respond(Problem.of(ProblemType.CONFLICT,
                        Message.of(stock ? "detail.conflict.stock" : "detail.conflict"), List.of()), request);
            }
            // passing trouble that the service's retries did not get past: two transactions locked the same rows in
            // opposite orders (40P01) or a serialisable commit was refused (40001); see ConcurrentWrites
            if (SqlStates.isConflict(state)) {
                return respond(Problem.of(ProblemType.SERVICE_UNAVAILABLE, Message.of("detail.unavailable.conflict"),
                        List.of()), request);
            }
            // the database is shutting down or starting (57P01, 57P03), a connection failed (class 08) or dropped
            // (closed, or reset by the peer in mid-request: a SocketException, as when it is stopped), no pool
            // connection came in time, or nothing answers at its address (ConnectException, a SocketException too)
            boolean databaseAway = state != null && (state.startsWith("08") || "57P01".equals(state)
                    || "57P03".equals(state));
            if (databaseAway || cause instanceof io.vertx.sqlclient.ClosedConnectionException
                    || cause instanceof java.net.SocketException
                    || (cause.getMessage() != null
                    && cause.getMessage().startsWith("Timeout waiting for connection"))) {
                LOG.warnf("A backing service is unavailable for %s: %s", request.path(), cause.toString());
                return respond(Problem.of(ProblemType.SERVICE_UNAVAILABLE, Message.of("detail.unavailable"), List.of()),
                        request);
            }
        }
        if (BrokenForms.isBrokenForm(e)) {
            return respond(Problem.of(ProblemType.BAD_REQUEST, Message.of("detail.form.malformed"),
                    List.of(Problem.FieldError.of("body", FieldCode.MALFORMED, "field.form.malformed"))), request);
        }
        String incident = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected failure of %s (incident %s)", request.path(), incident);
        return respond(Problem.of(ProblemType.INTERNAL, Message.of("detail.internal", incident), List.of()), request);
    }

    private Response unauthenticated(Request request) {
        return Response.status(401)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .header(HttpHeaders.CONTENT_LANGUAGE, ProblemTexts.tag(request.language()))
                .type(Problem.MEDIA_TYPE)
                .entity(Problem.of(ProblemType.UNAUTHENTICATED, Message.of("detail.unauthenticated"), List.of())
                        .in(request.language()).withInstance(request.path()))
                .build();
    }

    /** Seconds a client should wait before it tries a 503 again. */
    static final String RETRY_AFTER_SECONDS = "2";

    private static Response respond(Problem problem, Request request) {
        Response.ResponseBuilder response = Response.status(problem.status()).type(Problem.MEDIA_TYPE)
                .header(HttpHeaders.CONTENT_LANGUAGE, ProblemTexts.tag(request.language()))
                .entity(problem.in(request.language()).withInstance(request.path()));
        if (problem.status() == 503) {
            response.header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
        }
        return response.build();
    }

    /** {@code create.arg0.address.city} becomes {@code address.city}: the client knows its body, not our method. */
    private static String fieldOf(Path path) {
        List<String> names = new ArrayList<>();
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.PARAMETER
                    || node.getKind() == ElementKind.RETURN_VALUE) {
                continue;
            }
            String name = node.getName();
            if (node.getIndex() != null && !names.isEmpty()) {
                int last = names.size() - 1;
                names.set(last, names.get(last) + "[" + node.getIndex() + "]");
            }
            if (name != null) {
                names.add(name);
            }
        }
        return names.isEmpty() ? "body" : String.join(".", names);
    }

    static String pathOf(JsonMappingException e) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                field.append('[').append(ref.getIndex()).append(']');
            }
        }
        return field.isEmpty() ? "body" : field.toString();
    }
}
