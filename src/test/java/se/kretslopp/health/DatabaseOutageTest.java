package se.kretslopp.health;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import se.kretslopp.testsupport.Devstack;
import se.kretslopp.testsupport.DevstackTestResource;
import se.kretslopp.testsupport.Management;
import se.kretslopp.testsupport.Tokens;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * PostgreSQL stops under load and starts again. While it is away every request that needs it is answered at once
 * with 503 and Retry-After (not after a 30 s wait, not 500), liveness stays UP and readiness goes DOWN; when it is
 * back the service recovers by itself, and every write it acknowledged is there.
 */
@QuarkusTest
class DatabaseOutageTest {

    private static final int WRITERS = 6;
    private static final int READERS = 4;
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");

    private record Answer(String phase, String kind, int status, long millis, String retryAfter, String type,
                          String body) {
    }

    @TestHTTPResource("/")
    URL app;

    @Test
    void postgresStopsUnderLoadAndComesBack() throws Exception {
        String control = ConfigProvider.getConfig().getValue(DevstackTestResource.CONTROL_URL, String.class);
        // Maria of Kalmarhem: no other test lists her organisation's buildings, which this test adds by the hundred
        String token = Tokens.of("maria", "kalmarhem", "property-unit");
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        AtomicReference<String> phase = new AtomicReference<>("before");
        AtomicBoolean running = new AtomicBoolean(true);
        List<Answer> answers = Collections.synchronizedList(new ArrayList<>());
        List<String> acknowledged = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS + READERS);
        List<Future<?>> clients = new ArrayList<>();
        for (int c = 0; c < WRITERS + READERS; c++) {
            boolean writer = c < WRITERS;
            int n = c;
            clients.add(pool.submit(() -> {
                int i = 0;
                while (running.get()) {
                    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(app + (writer ? "api/v1/buildings"
                                    : "api/v1/buildings?size=5")))
                            .timeout(Duration.ofSeconds(20)).header("Authorization", "Bearer " + token);
                    if (writer) {
                        request.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                                "{\"name\":\"Avbrott " + n + "-" + i++ + "\",\"address\":{\"street\":\"Storgatan 1\","
                                        + "\"postalCode\":\"392 31\",\"city\":\"Kalmar\"}}"));
                    }
                    String during = phase.get();
                    long started = System.nanoTime();
                    try {
                        HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
                        long millis = (System.nanoTime() - started) / 1_000_000;
                        answers.add(new Answer(during, writer ? "write" : "read", response.statusCode(), millis,
                                response.headers().firstValue("Retry-After").orElse(null),
                                response.headers().firstValue("Content-Type").orElse(""), response.body()));
                        if (writer && response.statusCode() == 201) {
                            Matcher id = ID.matcher(response.body());
                            assertTrue(id.find(), response.body());
                            acknowledged.add(id.group(1));
                        }
                    } catch (HttpTimeoutException e) {
                        answers.add(new Answer(during, writer ? "write" : "read", -1, 20_000, null, "", "no answer"));
                    }
                    Thread.sleep(50);
                }
                return null;
            }));
        }

        Thread.sleep(1500);
        phase.set("stopping");
        Devstack.control(control, "/parts/postgres/stop");
        phase.set("down");
        Thread.sleep(1000);
        Management.request().get("/q/health/live").then().statusCode(200);
        Management.request().get("/q/health/ready").then().statusCode(503).body("status", equalTo("DOWN"));
        Thread.sleep(3000);
        phase.set("starting");
        Devstack.control(control, "/parts/postgres/start");
        phase.set("recovering");
        long back = System.nanoTime();
        long recoveredAfter = -1;
        while (System.nanoTime() - back < 30_000_000_000L) {
            if (given().auth().oauth2(token).get("/api/v1/buildings").statusCode() == 200) {
                recoveredAfter = (System.nanoTime() - back) / 1_000_000;
                break;
            }
            Thread.sleep(200);
        }
        phase.set("after");
        long readyAgain = -1;
        while (System.nanoTime() - back < 45_000_000_000L) {
            if (Management.request().get("/q/health/ready").statusCode() == 200) {
                readyAgain = (System.nanoTime() - back) / 1_000_000;
                break;
            }
            Thread.sleep(200);
        }
        Thread.sleep(2000);
        running.set(false);
        for (Future<?> c : clients) {
            c.get();
        }
        pool.shutdown();

        String summary = summary(answers) + "; recovered " + recoveredAfter + " ms after PostgreSQL was back, ready"
                + " again after " + readyAgain + " ms";
        assertTrue(readyAgain >= 0, "readiness did not come back by itself within 45 s: " + summary);
        assertTrue(recoveredAfter >= 0, "the service did not recover by itself within 30 s: " + summary);
        List<Answer> wrong = answers.stream().filter(a -> a.status() < 0 || a.status() >= 500 && (a.status() != 503
                || a.retryAfter() == null || !a.type().startsWith("application/problem+json"))).toList();
        assertTrue(wrong.isEmpty(), "answers that were not a success or a 503 with Retry-After: "
                + wrong.subList(0, Math.min(3, wrong.size())) + "; " + summary);
        List<Answer> down = answers.stream().filter(a -> a.phase().equals("down")).toList();
        assertTrue(down.size() >= 10, "requests sent while PostgreSQL was down: " + summary);
        assertTrue(down.stream().allMatch(a -> a.status() == 503), "everything needing the database was 503: " + summary);
        long slowest = down.stream().mapToLong(Answer::millis).max().orElse(0);
        assertTrue(slowest <= 2000, "while PostgreSQL was down the slowest answer took " + slowest + " ms: " + summary);
        assertTrue(answers.stream().anyMatch(a -> a.phase().equals("after") && a.status() == 201),
                "writes succeed again: " + summary);
        for (String id : acknowledged) {
            given().auth().oauth2(token).get("/api/v1/buildings/" + id).then().statusCode(200);
        }
        System.out.println("DatabaseOutageTest: " + summary + "; " + acknowledged.size() + " acknowledged writes all there");
    }

    private static String summary(List<Answer> answers) {
        java.util.Map<String, java.util.Map<Integer, Long>> byPhase = new java.util.TreeMap<>();
        java.util.Map<String, Long> slowest = new java.util.TreeMap<>();
        synchronized (answers) {
            for (Answer a : answers) {
                byPhase.computeIfAbsent(a.phase(), k -> new java.util.TreeMap<>()).merge(a.status(), 1L, Long::sum);
                slowest.merge(a.phase(), a.millis(), Math::max);
            }
        }
        assertEquals(byPhase.keySet(), slowest.keySet());
        return "answers by phase " + byPhase + ", slowest ms by phase " + slowest;
    }
}
