package se.kretslopp.bench;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** Small blocking JSON calls for set-up and checks (the load itself goes through {@link LoadGenerator}). */
final class Http {

    /** Numbers keep their exact text ("12.000" stays "12.000") so that documents are re-sent byte for byte. */
    static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));

    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    record Answer(int status, String body) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new IllegalStateException("not JSON: " + body, e);
            }
        }

        Answer ok() {
            if (status / 100 != 2) {
                throw new IllegalStateException("HTTP " + status + ": " + body);
            }
            return this;
        }
    }

    Answer call(String method, String url, String body) {
        return call(method, url, body, "application/json");
    }

    Answer call(String method, String url, String body, String contentType) {
        return call(method, url, body, contentType, "application/json");
    }

    private Answer call(String method, String url, String body, String contentType, String accept) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(120));
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", contentType)
                    .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        }
        request.header("Accept", accept);
        try {
            HttpResponse<String> response = client.send(request.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(response.statusCode(), response.body());
        } catch (IOException e) {
            return new Answer(0, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    Answer get(String url) {
        return call("GET", url, null);
    }

    /** A GET of plain text, such as the service's Prometheus metrics (which refuse to answer JSON). */
    Answer getText(String url) {
        return call("GET", url, null, null, "text/plain");
    }
}
