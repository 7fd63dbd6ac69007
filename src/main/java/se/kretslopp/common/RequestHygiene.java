package se.kretslopp.common;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.RestCookie;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestMatrix;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What every API request must get right before a resource runs, each refused with 400 naming what is wrong:
 * <ul>
 *   <li>no control character in a path or query parameter ({@link ControlCharacters});</li>
 *   <li>no body for an operation that takes none (a body there used to be ignored: a garbage POST to the reindex
 *   endpoint ran a full reindex);</li>
 *   <li>an {@code Idempotency-Key} header that is sent is a valid key (an empty one used to count as none).</li>
 * </ul>
 */
class RequestHygiene {

    private static final Set<Class<? extends Annotation>> NOT_THE_BODY = Set.of(PathParam.class, QueryParam.class,
            HeaderParam.class, CookieParam.class, MatrixParam.class, Context.class, RestPath.class, RestQuery.class,
            RestHeader.class, RestCookie.class, RestMatrix.class);
    /** Form fields (uploads) are read from the body. */
    private static final Set<Class<? extends Annotation>> FROM_THE_BODY = Set.of(FormParam.class, BeanParam.class,
            RestForm.class);
    private static final Set<Class<?>> CONTEXT_TYPES = Set.of(UriInfo.class, HttpHeaders.class, Request.class,
            SecurityContext.class, ContainerRequestContext.class);
    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

    private final Map<Method, Boolean> takesBody = new ConcurrentHashMap<>();

    @ServerRequestFilter(nonBlocking = true)
    void check(ContainerRequestContext request, ResourceInfo resource) {
        check(request.getUriInfo().getPathParameters(true), "detail.pathParameter");
        check(request.getUriInfo().getQueryParameters(true), "detail.queryParameter");
        List<String> keys = request.getHeaders().get(Idempotency.HEADER);
        if (keys != null) { // an empty header used to reach the resources as no key at all
            keys.forEach(Idempotency::requireValidKey);
        }
        Method method = resource.getResourceMethod();
        if (method != null && WRITES.contains(request.getMethod()) && hasBody(request)
                && !takesBody.computeIfAbsent(method, RequestHygiene::declaresBody)) {
            throw new ProblemException(ProblemType.BAD_REQUEST, Message.of("detail.body.notAllowed"),
                    List.of(Problem.FieldError.of("body", FieldCode.NOT_ALLOWED, "field.body.notAllowed")));
        }
    }

    private static void check(MultivaluedMap<String, String> parameters, String kind) {
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            for (String value : parameter.getValue()) {
                if (value != null && ControlCharacters.in(value)) {
                    Problem.FieldError error = Problem.FieldError.of(parameter.getKey(), FieldCode.CONTROL_CHARACTERS,
                            ControlCharacters.KEY);
                    throw new ProblemException(ProblemType.BAD_REQUEST,
                            Message.of(kind, parameter.getKey(), error.text()), List.of(error));
                }
            }
        }
    }

    private static boolean hasBody(ContainerRequestContext request) {
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (length != null) {
            return !length.trim().equals("0");
        }
        return request.getHeaderString("Transfer-Encoding") != null;
    }

    /** Whether one of the method's parameters is the request body: one that no parameter annotation claims. */
    static boolean declaresBody(Method method) {
        for (Parameter parameter : method.getParameters()) {
            boolean claimed = CONTEXT_TYPES.contains(parameter.getType());
            for (Annotation annotation : parameter.getAnnotations()) {
                if (FROM_THE_BODY.contains(annotation.annotationType())) {
                    return true;
                }
                claimed |= NOT_THE_BODY.contains(annotation.annotationType());
            }
            if (!claimed) {
                return true;
            }
        }
        return false;
    }
}
