package se.kretslopp.common;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

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
        String uriTooLong = json.writeValueAsString(Problem.of(ProblemType.URI_TOO_LONG,
                "The URI is longer than " + MAX_URI_LENGTH + " characters."));
        String headersTooLarge = json.writeValueAsString(Problem.of(ProblemType.HEADERS_TOO_LARGE,
                "The request's headers are larger than " + MAX_HEADER_BYTES + " bytes together."));
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

    private static void refuse(RoutingContext ctx, int status, String body) {
        ctx.response().setStatusCode(status).putHeader("Content-Type", Problem.MEDIA_TYPE)
                .putHeader("Connection", "close").end(body);
    }
}
