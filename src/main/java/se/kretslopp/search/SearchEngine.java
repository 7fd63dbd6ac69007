package se.kretslopp.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.Response;
import org.elasticsearch.client.ResponseListener;
import org.elasticsearch.client.RestClient;

import java.io.IOException;
import java.io.InputStream;

/**
 * The one door to the search engine (Elasticsearch 8/9 or OpenSearch 2/3, spoken to over the shared REST API
 * with JSON we build). Calls are asynchronous so that no event-loop thread ever waits for the engine.
 */
@ApplicationScoped
class SearchEngine {

    private final RestClient client;
    private final ObjectMapper json;

    SearchEngine(RestClient client, ObjectMapper json) {
        this.client = client;
        this.json = json;
    }

    /** {@code GET _cluster/health}: its {@code status} is green, yellow or red. */
    Uni<JsonNode> clusterHealth() {
        Request request = new Request("GET", "/_cluster/health");
        request.addParameter("timeout", "2s");
        return perform(request);
    }

    Uni<JsonNode> perform(Request request) {
        return Uni.createFrom().<Response>emitter(emitter -> {
            var cancellable = client.performRequestAsync(request, new ResponseListener() {
                @Override
                public void onSuccess(Response response) {
                    emitter.complete(response);
                }

                @Override
                public void onFailure(Exception exception) {
                    emitter.fail(exception);
                }
            });
            emitter.onTermination(cancellable::cancel);
        }).map(this::body);
    }

    private JsonNode body(Response response) {
        if (response.getEntity() == null) {
            return json.createObjectNode();
        }
        try (InputStream in = response.getEntity().getContent()) {
            return json.readTree(in);
        } catch (IOException e) {
            throw new SearchEngineException("Unreadable answer from the search engine", e);
        }
    }

    /** The search engine could not be reached or refused a request. */
    static class SearchEngineException extends RuntimeException {
        SearchEngineException(String message, Throwable cause) {
            super(message, cause);
        }

    }
}
