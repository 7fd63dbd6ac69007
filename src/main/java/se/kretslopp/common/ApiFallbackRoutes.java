package se.kretslopp.common;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.util.Locale;
import java.util.Map;

/**
 * Paths under {@code /api} that no resource serves would otherwise fall through to the web UI or to a plain
 * Vert.x 404; API clients get a problem answer instead.
 */
@ApplicationScoped
class ApiFallbackRoutes {

    private final ObjectMapper json;

    ApiFallbackRoutes(ObjectMapper json) {
        this.json = json;
    }

    void register(@Observes Router router) throws Exception {
        Map<Locale, String> body = RequestSizeLimits.bodies(json, ProblemType.NOT_FOUND, Message.of("detail.noSuchApi"));
        router.route("/api/*").order(Integer.MAX_VALUE - 1).handler(ctx -> RequestSizeLimits.answer(ctx, 404, body));
        // a body over quarkus.http.limits.max-body-size is refused before any resource sees it
        Map<Locale, String> tooLarge = RequestSizeLimits.bodies(json, ProblemType.PAYLOAD_TOO_LARGE,
                Message.of("detail.bodyTooLarge"));
        router.errorHandler(413, ctx -> {
            if (!ctx.response().ended()) {
                RequestSizeLimits.answer(ctx, 413, tooLarge);
            }
        });
    }
}
