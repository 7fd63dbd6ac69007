package se.kretslopp.common;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Token buckets (Bucket4j) per budget and per caller: the signed-in user's subject (from the verified token), or
 * the client address for anonymous requests. A request over its budget is answered 429 with a problem and
 * {@code Retry-After} (the seconds until the next request is allowed) before any resource runs or any body is
 * read. The buckets live in a bounded cache, so a flood of addresses cannot grow memory without limit.
 */
class RateLimits {

    private final RateLimitConfig config;
    private final CurrentIdentityAssociation identities;
    private final Map<RateBudget, RateLimitConfig.Budget> budgets = new EnumMap<>(RateBudget.class);
    private final Cache<String, Bucket> buckets;

    RateLimits(RateLimitConfig config, CurrentIdentityAssociation identities) {
        this.config = config;
        this.identities = identities;
        Duration longest = Duration.ofMinutes(1);
        for (RateBudget budget : RateBudget.values()) {
            RateLimitConfig.Budget limit = config.budgets().get(budget.key());
            if (limit == null) {
                throw new IllegalStateException("No rate limit configured for kretslopp.rate-limits." + budget.key());
            }
            budgets.put(budget, limit);
            longest = limit.period().compareTo(longest) > 0 ? limit.period() : longest;
        }
        buckets = Caffeine.newBuilder().maximumSize(200_000).expireAfterAccess(longest.multipliedBy(2)).build();
    }

    @ServerRequestFilter(nonBlocking = true, priority = 500)
    Uni<Response> limit(ContainerRequestContext request, HttpServerRequest http) {
        if (!config.enabled()) {
            return Uni.createFrom().nullItem();
        }
        String method = request.getMethod();
        String path = request.getUriInfo().getPath();
        String absolute = path.startsWith("/api/") ? path : "/api" + (path.startsWith("/") ? path : "/" + path);
        boolean bearer = Optional.ofNullable(request.getHeaderString(HttpHeaders.AUTHORIZATION))
                .map(value -> value.regionMatches(true, 0, "Bearer ", 0, 7)).orElse(false);
        Optional<RateBudget> budget = RateBudget.of(method, absolute, bearer);
        if (budget.isEmpty()) {
            return Uni.createFrom().nullItem();
        }
        Uni<String> caller = bearer
                ? identities.getDeferredIdentity().map(identity -> identity.isAnonymous()
                        ? address(http) : "user:" + identity.getPrincipal().getName())
                        .onFailure().recoverWithItem(() -> address(http)) // the resource answers 401 itself
                : Uni.createFrom().item(address(http));
        Locale language = ProblemTexts.languageOf(request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        return caller.map(who -> spend(budget.get(), who, absolute, language));
    }

    private static String address(HttpServerRequest http) {
        return http.remoteAddress() == null ? "address:unknown" : "address:" + http.remoteAddress().hostAddress();
    }

    private Response spend(RateBudget budget, String who, String path, Locale language) {
        RateLimitConfig.Budget limit = budgets.get(budget);
        Bucket bucket = buckets.get(budget.key() + "|" + who, key -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(limit.requests())
                        .refillGreedy(limit.requests(), limit.period()).build())
                .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return null;
        }
        long seconds = Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L);
        return Response.status(429).type(Problem.MEDIA_TYPE).header(HttpHeaders.RETRY_AFTER, String.valueOf(seconds))
                .header(HttpHeaders.CONTENT_LANGUAGE, ProblemTexts.tag(language))
                .entity(Problem.of(ProblemType.TOO_MANY_REQUESTS, Message.of("detail.tooManyRequests", budget.key(),
                        limit.requests(), limit.period().toSeconds(), seconds), java.util.List.of())
                        .in(language).withInstance(path)).build();
    }
}
