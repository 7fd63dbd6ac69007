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
import java.util.List;
import java.util.UUID;

/**
 * Turns every failure of a REST call into an RFC 9457 problem answer. Mutiny wraps failures of combined
 * {@code Uni}s in a {@link CompositeException}; the first cause is what the user needs to see.
 */
class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    /** At most this many field errors in one answer: enough for any form, and no amplification. */
    static final int MAX_FIELD_ERRORS = 100;

    @ServerExceptionMapper(priority = 1)
    Response composite(CompositeException e, UriInfo uri) {
        return map(e.getCause() != null ? e.getCause() : e, uri);
    }

    @ServerExceptionMapper(priority = 1)
    Response problem(ProblemException e, UriInfo uri) {
        return respond(e.problem(), uri);
    }

    @ServerExceptionMapper(priority = 1)
    Response validation(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<?> violation : e.getConstraintViolations()) {
            errors.add(new Problem.FieldError(fieldOf(violation.getPropertyPath()), violation.getMessage()));
        }
        errors.sort(Comparator.comparing(Problem.FieldError::field));
        String detail = errors.size() == 1
                ? "Field '" + errors.get(0).field() + "' " + errors.get(0).message() + "."
                : errors.size() + " fields are invalid" + (errors.size() > MAX_FIELD_ERRORS
                ? "; the first " + MAX_FIELD_ERRORS + " are listed." : ".");
        return respond(Problem.of(ProblemType.VALIDATION, detail,
                errors.size() > MAX_FIELD_ERRORS ? List.copyOf(errors.subList(0, MAX_FIELD_ERRORS)) : errors), uri);
    }

    // Quarkus REST brings its own mappers for these Jackson subtypes; the most specific type wins, so name them.
    @ServerExceptionMapper(priority = 1)
    Response unknownField(UnrecognizedPropertyException e, UriInfo uri) {
        return json(e, uri);
    }

    @ServerExceptionMapper(priority = 1)
    Response invalidFormat(InvalidFormatException e, UriInfo uri) {
        return json(e, uri);
    }

    @ServerExceptionMapper(priority = 1)
    Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
        return json(e, uri);
    }

    @ServerExceptionMapper(priority = 1)
    Response unparsable(JsonParseException e, UriInfo uri) {
        return json(e, uri);
    }

    @ServerExceptionMapper(priority = 1)
    Response json(JsonProcessingException e, UriInfo uri) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            String field = pathOf(unknown);
            return respond(Problem.of(ProblemType.BAD_REQUEST, "Unknown field '" + field + "'.",
                    List.of(new Problem.FieldError(field, "is not a known field"))), uri);
        }
        if (e instanceof JsonInputLimits.Refused refused) {
            String field = pathOf(refused);
            return respond(Problem.of(ProblemType.BAD_REQUEST, "Field '" + field + "' " + refused.reason() + ".",
                    List.of(new Problem.FieldError(field, refused.reason()))), uri);
        }
        if (e instanceof InvalidFormatException invalid) {
            String field = pathOf(invalid);
            return respond(Problem.of(ProblemType.BAD_REQUEST, "Field '" + field + "' has an invalid value.",
                    List.of(new Problem.FieldError(field, "has an invalid value"))), uri);
        }
        if (e instanceof MismatchedInputException mismatched && !mismatched.getPath().isEmpty()) {
            String field = pathOf(mismatched);
            return respond(Problem.of(ProblemType.BAD_REQUEST, "Field '" + field + "' has the wrong type.",
                    List.of(new Problem.FieldError(field, "has the wrong type"))), uri);
        }
        return respond(Problem.of(ProblemType.BAD_REQUEST, "The request body is not valid JSON of the expected shape.",
                List.of(new Problem.FieldError("body", "is not valid JSON of the expected shape"))), uri);
    }

    @ServerExceptionMapper(priority = 1)
    Response unauthenticated(UnauthorizedException e, UriInfo uri) {
        return unauthenticated(uri);
    }

    @ServerExceptionMapper(priority = 1)
    Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        return unauthenticated(uri);
    }

    @ServerExceptionMapper(priority = 1)
    Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(Problem.of(ProblemType.FORBIDDEN, "Your roles do not allow this."), uri);
    }

    @ServerExceptionMapper(priority = 1)
    Response web(WebApplicationException e, UriInfo uri) {
        // Quarkus REST wraps a body that is not JSON at all in a bare 400: say what is wrong, as for any JSON error
        if (e.getResponse().getStatus() == 400 && e.getCause() instanceof JsonProcessingException j) {
            return json(j, uri);
        }
        Response original = e.getResponse();
        int status = original.getStatus();
        ProblemType type = ProblemType.forStatus(status);
        String detail = status >= 500 ? null : e.getMessage();
        Response.ResponseBuilder builder = Response.status(status)
                .type(Problem.MEDIA_TYPE)
                .entity(new Problem(type.uri(), type.title(), status, detail, uri.getRequestUri().getPath(), List.of()));
        original.getStringHeaders().forEach((name, values) -> {
            if (!HttpHeaders.CONTENT_TYPE.equalsIgnoreCase(name) && !HttpHeaders.CONTENT_LENGTH.equalsIgnoreCase(name)) {
                values.forEach(value -> builder.header(name, value));
            }
        });
        return builder.build();
    }

    @ServerExceptionMapper(priority = 10)
    Response unexpected(Throwable e, UriInfo uri) {
        return map(e, uri);
    }

    private Response map(Throwable e, UriInfo uri) {
        if (e instanceof ProblemException p) {
            return problem(p, uri);
        }
        if (e instanceof ConstraintViolationException c) {
            return validation(c, uri);
        }
        if (e instanceof JsonProcessingException j) {
            return json(j, uri);
        }
        if (e instanceof UnauthorizedException || e instanceof AuthenticationFailedException) {
            return unauthenticated(uri);
        }
        if (e instanceof ForbiddenException f) {
            return forbidden(f, uri);
        }
        if (e instanceof WebApplicationException w) {
            return web(w, uri);
        }
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            // two writers raced past the If-Match check: the loser is told, as for a stale If-Match
            if (cause instanceof org.hibernate.StaleStateException
                    || cause instanceof jakarta.persistence.OptimisticLockException) {
                return respond(Problem.of(ProblemType.PRECONDITION_FAILED,
                        "Someone else changed this at the same moment. Reload and try again."), uri);
            }
            if (cause instanceof ProblemException p) {
                return problem(p, uri);
            }
            String state = SqlStates.of(cause);
            if ("23505".equals(state)) {
                return respond(Problem.of(ProblemType.CONFLICT, "That already exists."), uri);
            }
            // a constraint refused the write (class 23): the stock ledger's check (a quantity would go negative, or
            // more be promised than is there), or another rule of the data that a change at the same moment broke
            // (a row referred to was removed meanwhile, say); the checks before each write give the clearer answers
            if (state != null && state.startsWith("23")) {
                boolean stock = String.valueOf(SqlStates.constraint(cause)).startsWith("stock_")
                        || String.valueOf(cause.getMessage()).contains("stock_");
                return respond(Problem.of(ProblemType.CONFLICT, stock
                        ? "Not enough stock for that: someone changed the lot at the same moment. Reload and try again."
                        : "That conflicts with the current state (someone may have changed it at the same moment)."
                        + " Reload and try again."), uri);
            }
            // passing trouble that the service's retries did not get past: two transactions locked the same rows in
            // opposite orders (40P01) or a serialisable commit was refused (40001); see ConcurrentWrites
            if (SqlStates.isConflict(state)) {
                return respond(Problem.of(ProblemType.SERVICE_UNAVAILABLE, "Another change to the same records "
                        + "happened at the same moment, and nothing was saved. Try again."), uri);
            }
            // the database is shutting down or starting (57P01, 57P03), a connection failed (class 08) or dropped,
            // no pool connection came in time, or nothing answers at its address
            boolean databaseAway = state != null && (state.startsWith("08") || "57P01".equals(state)
                    || "57P03".equals(state));
            if (databaseAway || cause instanceof io.vertx.sqlclient.ClosedConnectionException
                    || cause instanceof java.net.ConnectException
                    || (cause.getMessage() != null
                    && cause.getMessage().startsWith("Timeout waiting for connection"))) {
                LOG.warnf("A backing service is unavailable for %s: %s", uri.getRequestUri().getPath(),
                        cause.toString());
                return respond(Problem.of(ProblemType.SERVICE_UNAVAILABLE, "A service Kretslopp depends on is busy or"
                        + " unavailable right now, and nothing was saved. Try again shortly."), uri);
            }
        }
        if (BrokenForms.isBrokenForm(e)) {
            return respond(Problem.of(ProblemType.BAD_REQUEST, "The multipart form could not be read.",
                    List.of(new Problem.FieldError("body", "is not a well-formed multipart form"))), uri);
        }
        String incident = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected failure of %s (incident %s)", uri.getRequestUri().getPath(), incident);
        return respond(Problem.of(ProblemType.INTERNAL,
                "Something went wrong on our side. Quote incident " + incident + " if you report it."), uri);
    }

    private Response unauthenticated(UriInfo uri) {
        return Response.status(401)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .type(Problem.MEDIA_TYPE)
                .entity(Problem.of(ProblemType.UNAUTHENTICATED, "Send a valid bearer token from the identity provider.")
                        .withInstance(uri.getRequestUri().getPath()))
                .build();
    }

    /** Seconds a client should wait before it tries a 503 again. */
    static final String RETRY_AFTER_SECONDS = "2";

    private static Response respond(Problem problem, UriInfo uri) {
        Response.ResponseBuilder response = Response.status(problem.status()).type(Problem.MEDIA_TYPE)
                .entity(problem.withInstance(uri.getRequestUri().getPath()));
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

    private static String pathOf(JsonMappingException e) {
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
