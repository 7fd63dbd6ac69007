package se.kretslopp.testsupport;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import static se.kretslopp.testsupport.Api.johan;

/** Reservation test data and many requests at once. */
public final class Reservations {

    private Reservations() {
    }

    /** A public listing of Johan (Kalmar Rivning & Demontage) with the given quantity. */
    public static UUID listingOf(String title, int quantity) {
        Map<String, Object> body = Api.listing(title);
        body.put("quantity", quantity);
        return Api.newListing(johan(), body);
    }

    public static Map<String, Object> reserve(UUID listingId, Number quantity) {
        return Map.of("listingId", listingId.toString(), "quantity", quantity, "message", "Hämtar med släp");
    }

    /** An answer to one of many requests sent at once. */
    public record Answer(int status, String body, String replayed) {
    }

    /**
     * Sends the same kind of POST {@code count} times at once (all requests are in flight together) and waits for
     * every answer.
     */
    public static List<Answer> storm(String url, String token, int count, java.util.function.IntFunction<String> body,
                                     java.util.function.IntFunction<String> idempotencyKey) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();
        List<CompletableFuture<HttpResponse<String>>> inFlight = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMinutes(3))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body.apply(i)));
            String key = idempotencyKey == null ? null : idempotencyKey.apply(i);
            if (key != null) {
                request.header("Idempotency-Key", key);
            }
            inFlight.add(client.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString()));
        }
        List<Answer> answers = new ArrayList<>();
        for (CompletableFuture<HttpResponse<String>> future : inFlight) {
            HttpResponse<String> response = future.join();
            answers.add(new Answer(response.statusCode(), response.body(),
                    response.headers().firstValue("Idempotent-Replayed").orElse(null)));
        }
        return answers;
    }
}
