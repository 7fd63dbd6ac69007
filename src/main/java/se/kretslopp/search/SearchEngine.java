package se.kretslopp.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import org.elasticsearch.client.Request;
import org.jboss.logging.Logger;
import org.elasticsearch.client.Response;
import org.elasticsearch.client.ResponseException;
import org.elasticsearch.client.ResponseListener;
import org.elasticsearch.client.RestClient;

import java.io.IOException;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.io.InputStream;

/**
 * The one door to the search engine (Elasticsearch 8/9 or OpenSearch 2/3, spoken to over the shared REST API
 * with JSON we build). Calls are asynchronous so that no event-loop thread ever waits for the engine.
 */
@ApplicationScoped
class SearchEngine {

    private static final Logger LOG = Logger.getLogger(SearchEngine.class);

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

    /** A request with a JSON body (sent as UTF-8). */
    static Request request(String method, String path, Object body) {
        Request request = new Request(method, path);
        if (body != null) {
            request.setJsonEntity(body.toString());
        }
        return request;
    }

    /** Sends a request; an answer with an error status fails the {@code Uni} with a {@link ResponseException}. */
    Uni<JsonNode> perform(Request request) {
        return Uni.createFrom().<Response>emitter(emitter -> {
            Context context = Vertx.currentContext();
            var cancellable = client.performRequestAsync(request, new ResponseListener() {
                @Override
                public void onSuccess(Response response) {
                    onContext(context, () -> emitter.complete(response));
                }

                @Override
                public void onFailure(Exception exception) {
                    onContext(context, () -> emitter.fail(exception));
                }
            });
            emitter.onTermination(cancellable::cancel);
        }).map(this::body);
    }

    /** True when the alias exists. */
    Uni<Boolean> aliasExists(String alias) {
        Request request = new Request("HEAD", "/_alias/" + alias);
        return Uni.createFrom().<Boolean>emitter(emitter -> {
            Context context = Vertx.currentContext();
            var cancellable = client.performRequestAsync(request, new ResponseListener() {
                @Override
                public void onSuccess(Response response) {
                    onContext(context, () -> emitter.complete(response.getStatusLine().getStatusCode() == 200));
                }

                @Override
                public void onFailure(Exception exception) {
                    onContext(context, () -> {
                        if (status(exception) == 404) {
                            emitter.complete(false);
                        } else {
                            emitter.fail(exception);
                        }
                    });
                }
            });
            emitter.onTermination(cancellable::cancel);
        });
    }

    /**
     * The client answers on its own I/O threads; whatever the caller does next (database work, Hibernate
     * sessions, the HTTP answer) belongs on the caller's Vert.x context.
     */
    private static void onContext(Context context, Runnable action) {
        if (context == null) {
            action.run();
        } else {
            context.runOnContext(v -> action.run());
        }
    }

    /** The concrete indexes an alias names (none when the alias does not exist). */
    Uni<Set<String>> indexesOf(String alias) {
        Request request = new Request("GET", "/_alias/" + alias);
        request.addParameter("ignore", "404");
        return perform(request).map(answer -> {
            Set<String> names = new HashSet<>();
            answer.fields().forEachRemaining(entry -> {
                if (entry.getValue().path("aliases").has(alias)) {
                    names.add(entry.getKey());
                }
            });
            return names;
        });
    }

    /**
     * Sends a {@code _bulk} body and answers the ids of the documents to send again later (the engine was
     * overloaded or failed). Done, a newer version already there (external versions) and nothing to delete count as
     * success; a document the engine refuses (a mapping error) is logged, since retrying cannot help and a reindex
     * repairs it. {@code what} names the documents in that log line.
     */
    Uni<Set<UUID>> bulk(String body, boolean refresh, String what) {
        Request request = new Request("POST", "/_bulk");
        if (refresh) {
            request.addParameter("refresh", "true");
        }
        request.setJsonEntity(body);
        return perform(request).map(answer -> {
            Set<UUID> retry = new HashSet<>();
            if (!answer.path("errors").asBoolean(false)) {
                return retry;
            }
            for (JsonNode item : answer.path("items")) {
                JsonNode result = item.elements().next();
                int status = result.path("status").asInt();
                String type = result.at("/error/type").asText("");
                if (status < 300 || type.equals("version_conflict_engine_exception") || status == 404) {
                    continue;
                }
                UUID id = UUID.fromString(result.path("_id").asText());
                if (status == 429 || status >= 500) {
                    retry.add(id);
                } else {
                    LOG.errorf("The search engine refused %s %s: %s", what, id, result.path("error"));
                }
            }
            return retry;
        });
    }

    /** The HTTP status of a failed call, or 0 when the engine gave no answer at all. */
    static int status(Throwable failure) {
        return failure instanceof ResponseException e ? e.getResponse().getStatusLine().getStatusCode() : 0;
    }

    private JsonNode body(Response response) {
        if (response.getEntity() == null) {
            return json.createObjectNode();
        }
        try (InputStream in = response.getEntity().getContent()) {
            JsonNode node = json.readTree(in);
            return node == null ? json.createObjectNode() : node;
        } catch (IOException e) {
            throw new SearchEngineException("Unreadable answer from the search engine", e);
        }
    }

    /** The search engine could not be reached or refused a request. */
    static class SearchEngineException extends RuntimeException {
        SearchEngineException(String message, Throwable cause) {
            super(message, cause);
        }

        SearchEngineException(String message) {
            super(message);
        }
    }
}
