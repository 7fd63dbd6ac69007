package se.kretslopp.common;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import se.kretslopp.testsupport.Api;
import se.kretslopp.testsupport.Reservations;
import se.kretslopp.testsupport.Tokens;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.IntFunction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Three times the connection pool's size of clients at once, on the read endpoints (anonymous and signed in) and
 * on the main writes: every request is answered, none with a 5xx, p99 within {@link #P99_LIMIT_MS}. A request that held a connection
 * (a Hibernate Reactive session) while it waited for a second one from the same pool wedged the service at 20
 * concurrent clients: the public impact page, a site's occupancy and the handover did.
 */
@QuarkusTest
class ConcurrentClientsTest {

    /** quarkus.datasource.reactive.max-size */
    private static final int POOL = 20;
    private static final int CLIENTS = 3 * POOL;
    private static final Duration PATIENCE = Duration.ofSeconds(20);
    /**
     * A wedged request waits 20 s here; a sound one, on a quiet 2-core machine, answers within 2 s at p99 (search,
     * which is the search node's CPU, within 2.5 s). The limit leaves room for a busy machine, as CI's can be.
     */
    private static final long P99_LIMIT_MS = 5000;
    private static final UUID DEMO_LISTING = UUID.fromString("de400000-0000-4000-8000-000000000161");

    @TestHTTPResource("/")
    URL base;

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String anna = token("anna", "kalmar-kommun", "property-unit");
    private final String lars = token("lars", "kalmar-aterbrukslager", "storage-operator");
    private final String sara = token("sara", "smalandsbygg", "builder");
    private final String johan = token("johan", "kalmar-rivning", "contractor");

    private static String token(String user, String organisation, String role) {
        return Tokens.builder(user, organisation, role).expiresIn(3600).sign();
    }

    private record Answer(int status, long millis, String body) {
    }

    @Test
    void anonymousReadsAnswerEveryClient() {
        burst("public impact page", null, i -> get("api/v1/public/impact/kalmar-kommun"));
        burst("search", null, i -> get("api/v1/search/listings?q=d%C3%B6rr"));
        burst("type-ahead", null, i -> get("api/v1/search/suggest?q=d%C3%B6r"));
        burst("listing", null, i -> get("api/v1/listings/" + DEMO_LISTING));
        burst("categories", null, i -> get("api/v1/categories"));
    }

    @Test
    void signedInReadsAnswerEveryClient() {
        burst("me", anna, i -> get("api/v1/me"));
        burst("buildings", anna, i -> get("api/v1/buildings"));
        burst("impact report", anna, i -> get("api/v1/reports/impact?groupBy=category"));
        burst("notifications", anna, i -> get("api/v1/notifications"));
        burst("site occupancy", lars, i -> get("api/v1/storage/sites/" + Api.KALMAR_STORE + "/occupancy"));
        burst("stock lots", lars, i -> get("api/v1/storage/lots?siteId=" + Api.KALMAR_STORE));
        burst("reservations", sara, i -> get("api/v1/reservations?role=buyer"));
        burst("wanted requests", sara, i -> get("api/v1/wanted"));
    }

    @Test
    void theMainWritesAnswerEveryClient() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<Answer> created = burst("new buildings", anna, i -> post("api/v1/buildings",
                "{\"name\":\"Samtidig " + run + " " + i + "\"}"));
        assertTrue(created.stream().allMatch(a -> a.status() == 201), "every building is created");

        // one listing each, as buyers and sellers of different things meet: on one listing they would queue for
        // its row lock by design
        List<UUID> listings = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            listings.add(Reservations.listingOf("Samtidiga dörrar " + run + " " + i, 2));
        }
        List<Answer> reserved = burst("reservations", sara, i -> post("api/v1/reservations",
                "{\"listingId\":\"" + listings.get(i) + "\",\"quantity\":1}"));
        assertTrue(reserved.stream().allMatch(a -> a.status() == 201), "every piece is reserved");
        List<String> ids = reserved.stream().map(a -> JsonPath.from(a.body()).getString("id")).toList();
        // the handover freezes the climate figures in its transaction: it used to take a second connection for them
        List<Answer> handedOver = burst("handovers", johan, i -> post("api/v1/reservations/" + ids.get(i) + "/handover",
                "{\"quantity\":1}"));
        assertTrue(handedOver.stream().allMatch(a -> a.status() == 200), "every reservation is handed over");
        for (UUID listing : listings) {
            Api.johan().get("/api/v1/listings/" + listing).then().statusCode(200)
                    .body("available", org.hamcrest.Matchers.equalTo(1));
        }
    }

    /** A few requests one at a time first, for reads, so that the figures are not the JIT compiler's first steps. */
    private void warmUp(String token, IntFunction<HttpRequest.Builder> request) {
        if (!"GET".equals(request.apply(0).build().method())) {
            return;
        }
        for (int i = 0; i < 5; i++) {
            HttpRequest.Builder builder = request.apply(i).timeout(PATIENCE);
            if (token != null) {
                builder.header("Authorization", "Bearer " + token);
            }
            client.sendAsync(builder.build(), HttpResponse.BodyHandlers.discarding()).join();
        }
    }

    private HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).GET();
    }

    private HttpRequest.Builder post(String path, String json) {
        return HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
    }

    /** {@value #CLIENTS} requests in flight at once; asserts that each is answered in time and none with a 5xx. */
    private List<Answer> burst(String what, String token, IntFunction<HttpRequest.Builder> request) {
        warmUp(token, request);
        List<CompletableFuture<Answer>> inFlight = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            HttpRequest.Builder builder = request.apply(i).timeout(PATIENCE);
            if (token != null) {
                builder.header("Authorization", "Bearer " + token);
            }
            long started = System.nanoTime();
            inFlight.add(client.sendAsync(builder.build(), HttpResponse.BodyHandlers.ofString())
                    .handle((response, failure) -> {
                        long millis = (System.nanoTime() - started) / 1_000_000;
                        if (failure != null) {
                            boolean timeout = failure instanceof HttpTimeoutException
                                    || failure.getCause() instanceof HttpTimeoutException;
                            return new Answer(timeout ? -1 : -2, millis, String.valueOf(failure));
                        }
                        return new Answer(response.statusCode(), millis, response.body());
                    }));
        }
        List<Answer> answers = inFlight.stream().map(CompletableFuture::join).toList();
        Map<Integer, Long> statuses = new TreeMap<>();
        answers.forEach(a -> statuses.merge(a.status(), 1L, Long::sum));
        long[] millis = answers.stream().mapToLong(Answer::millis).sorted().toArray();
        long p99 = millis[(int) Math.ceil(millis.length * 0.99) - 1];
        String summary = what + ": statuses " + statuses + " (-1: no answer within " + PATIENCE.toSeconds()
                + " s), p50 " + millis[millis.length / 2] + " ms, p99 " + p99 + " ms";
        System.out.println(summary);
        assertTrue(answers.stream().allMatch(a -> a.status() >= 200 && a.status() < 500), summary + "; first failure: "
                + answers.stream().filter(a -> a.status() < 200 || a.status() >= 500).map(Answer::body).findFirst()
                .orElse(""));
        assertEquals(CLIENTS, answers.size());
        assertTrue(p99 <= P99_LIMIT_MS, summary);
        return answers;
    }
}
