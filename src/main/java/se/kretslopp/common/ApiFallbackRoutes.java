package se.kretslopp.common;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

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
        String body = json.writeValueAsString(Problem.of(ProblemType.NOT_FOUND, "No such API resource."));
        router.route("/api/*").order(Integer.MAX_VALUE - 1).handler(ctx -> ctx.response()
                .setStatusCode(404)
                .putHeader("Content-Type", Problem.MEDIA_TYPE)
                .end(body));
        // a body over quarkus.http.limits.max-body-size is refused before any resource sees it
        String tooLarge = json.writeValueAsString(Problem.of(ProblemType.PAYLOAD_TOO_LARGE,
                "The request body is larger than this service accepts."));
        router.errorHandler(413, ctx -> {
            if (!ctx.response().ended()) {
                ctx.response().setStatusCode(413).putHeader("Content-Type", Problem.MEDIA_TYPE).end(tooLarge);
            }
        });
    }
}
