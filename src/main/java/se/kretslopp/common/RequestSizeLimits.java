package se.kretslopp.common;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An over-long URI (414) or too many header bytes (431) is refused with a problem answer, before anything else
 * runs. Vert.x itself refuses what is longer than {@code quarkus.http.limits.max-initial-line-length} and
 * {@code max-header-size} with an empty body, before any handler of ours can run; those limits are set well above
 * these (64 KiB), so a client over these gets the problem answer and only a grossly oversized request the bare one.
 */
@ApplicationScoped
class RequestSizeLimits {

    /** Longest URI (path and query) answered: more than any page of the app or the API needs. */
    static final int MAX_URI_LENGTH = 8 * 1024;
    /** Most header bytes (names and values) answered: Quarkus's own default limit. */
    static final int MAX_HEADER_BYTES = 20 * 1024;

    private final ObjectMapper json;

    RequestSizeLimits(ObjectMapper json) {
        this.json = json;
    }

    void register(@Observes Router router) throws Exception {
        Map<Locale, String> uriTooLong = bodies(json, ProblemType.URI_TOO_LONG, Message.of("detail.uriTooLong",
                MAX_URI_LENGTH));
        Map<Locale, String> headersTooLarge = bodies(json, ProblemType.HEADERS_TOO_LARGE,
                Message.of("detail.headersTooLarge", MAX_HEADER_BYTES));
        router.route().order(Integer.MIN_VALUE).handler(ctx -> {
            HttpServerRequest request = ctx.request();
            if (request.uri().length() > MAX_URI_LENGTH) {
                refuse(ctx, 414, uriTooLong);
            } else if (headerBytes(request.headers()) > MAX_HEADER_BYTES) {
                refuse(ctx, 431, headersTooLarge);
            } else {
                ctx.next();
            }
        });
    }

    static long headerBytes(MultiMap headers) {
        long bytes = 0;
        for (Map.Entry<String, String> header : headers) {
            bytes += header.getKey().length() + header.getValue().length() + 4;
        }
        return bytes;
    }

    /** The answer in each language, written once. */
    static Map<Locale, String> bodies(ObjectMapper json, ProblemType type, Message detail) throws Exception {
        return Map.of(ProblemTexts.ENGLISH, json.writeValueAsString(Problem.of(type, detail, List.of())
                        .in(ProblemTexts.ENGLISH)),
                ProblemTexts.SWEDISH, json.writeValueAsString(Problem.of(type, detail, List.of())
                        .in(ProblemTexts.SWEDISH)));
    }

    /** Answers with the body in the request's language. */
    static void answer(RoutingContext ctx, int status, Map<Locale, String> bodies) {
        Locale language = ProblemTexts.languageOf(ctx.request().getHeader("Accept-Language"));
        ctx.response().setStatusCode(status).putHeader("Content-Type", Problem.MEDIA_TYPE)
                .putHeader("Content-Language", ProblemTexts.tag(language)).end(bodies.get(language));
    }

    private static void refuse(RoutingContext ctx, int status, Map<Locale, String> bodies) {
        ctx.response().putHeader("Connection", "close");
        answer(ctx, status, bodies);
    }
}
