package se.kretslopp.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.elasticsearch.client.Request;
import org.jboss.logging.Logger;
import se.kretslopp.category.CategoryService;
import se.kretslopp.category.api.CategoryView;
import se.kretslopp.search.api.WantedCriteria;
import se.kretslopp.search.api.WantedSource;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The percolator index of wanted requests behind the alias {@code kretslopp-wanted}. It carries the listings
 * index's analysis (so a stored query holds the terms a listing's words are indexed with) and one field for a
 * listing's words ({@code match_text}), plus the
 * {@code query} percolator field and the request's own fields percolate searches filter on ({@code w_*}). The
 * index name ends with the hash of its definition: a service with another definition builds a new index from
 * PostgreSQL and moves the alias.
 */
@ApplicationScoped
class WantedIndex {

    private static final Logger LOG = Logger.getLogger(WantedIndex.class);
    /** The advisory lock that lets one replica at a time build the index. */
    private static final long LOCK_KEY = 0x6b72_6574_7761_6e74L;
    private static final int COPY_PAGE = 1000;
    /** Analysed words kept per index; beyond this many the memory starts afresh. */
    private static final int MAX_ANALYSED = 50_000;
    private static final int ANALYSE_CONCURRENCY = 4;

    private final SearchEngine engine;
    private final ObjectMapper json;
    private final Pool pool;
    private final CategoryService categories;
    private final WantedSource source;
    private final WantedQueryBuilder builder;
    private final String alias;
    private final AtomicBoolean ready = new AtomicBoolean();
    private final Map<String, Map<String, WantedQueryBuilder.Terms>> analysed = new ConcurrentHashMap<>();

    WantedIndex(SearchEngine engine, ObjectMapper json, Pool pool, CategoryService categories, WantedSource source,
                @ConfigProperty(name = "kretslopp.search.index-prefix", defaultValue = "kretslopp") String prefix) {
        this.engine = engine;
        this.json = json;
        this.pool = pool;
        this.categories = categories;
        this.source = source;
        this.builder = new WantedQueryBuilder(json);
        this.alias = prefix + "-wanted";
    }

    String alias() {
        return alias;
    }

    WantedQueryBuilder builder() {
        return builder;
    }

    void forget() {
        ready.set(false);
        analysed.clear();
    }

    /**
     * Whether the index holds any request's query that searches can see. Percolating a listing against an index
     * without one finds nothing, yet costs as much as indexing the listing again (the node analyses the listing's
     * text for each percolation); the relay asks this first. The count reads the same refreshed view of the index
     * as a percolation made at the same moment, so skipping it on a count of 0 loses no match.
     */
    Uni<Boolean> holdsQueries() {
        Request request = new Request("GET", "/" + alias + "/_count");
        request.addParameter("terminate_after", "1");
        return engine.perform(request).map(answer -> answer.path("count").asLong() > 0);
    }

    /** Makes sure the alias names an index of this definition, building it from PostgreSQL when not. */
    Uni<Boolean> ensureReady() {
        if (ready.get()) {
            return Uni.createFrom().item(true);
        }
        return definition().flatMap(definition -> {
            String index = alias + "-" + definition.path("mappings").path("_meta").path("definition").asText();
            return engine.indexesOf(alias).flatMap(current -> {
                if (current.size() == 1 && current.contains(index)) {
                    ready.set(true);
                    return Uni.createFrom().item(true);
                }
                return pool.withTransaction(conn -> conn.preparedQuery("select pg_try_advisory_xact_lock($1) as locked")
                        .execute(Tuple.of(LOCK_KEY))
                        .flatMap(rows -> {
                            if (!rows.iterator().next().getBoolean("locked")) {
                                return Uni.createFrom().item(false);
                            }
                            LOG.infof("Building the wanted-requests index %s from PostgreSQL", index);
                            Request drop = new Request("DELETE", "/" + index);
                            drop.addParameter("ignore_unavailable", "true");
                            return engine.perform(drop)
                                    .flatMap(x -> engine.perform(SearchEngine.request("PUT", "/" + index, definition)))
                                    .flatMap(x -> copyAll(conn, index))
                                    .flatMap(count -> engine.perform(new Request("POST", "/" + index + "/_refresh"))
                                            .flatMap(x -> swap(current, index))
                                            .invoke(analysed::clear)
                                            .invoke(() -> LOG.infof("Alias %s now names %s (%d requests)", alias,
                                                    index, count)))
                                    .replaceWith(true);
                        }))
                        .invoke(done -> ready.set(done));
            });
        });
    }

    private Uni<Void> swap(Set<String> old, String index) {
        ObjectNode body = json.createObjectNode();
        ArrayNode actions = body.putArray("actions");
        for (String name : old) {
            actions.addObject().putObject("remove_index").put("index", name);
        }
        actions.addObject().putObject("add").put("index", index).put("alias", alias);
        return engine.perform(SearchEngine.request("POST", "/_aliases", body)).replaceWithVoid();
    }

    private Uni<Long> copyAll(SqlClient conn, String index) {
        AtomicReference<UUID> after = new AtomicReference<>();
        AtomicInteger total = new AtomicInteger();
        return Uni.createFrom().deferred(() -> source.after(conn, after.get(), COPY_PAGE)
                        .flatMap(page -> page.isEmpty() ? Uni.createFrom().item(0)
                                : bulk(page, index, false).map(retry -> {
                                    after.set(page.get(page.size() - 1).id());
                                    total.addAndGet(page.size());
                                    return page.size();
                                })))
                .repeat().until(n -> n < COPY_PAGE)
                .collect().last()
                .map(last -> (long) total.get());
    }

    /**
     * Stores the queries of the requests that belong in the index and deletes the others, with each request's
     * version as external version. With {@code refresh} they take effect before this answers, so a listing
     * percolated next sees them. Answers the ids to try again (the engine was overloaded).
     */
    Uni<Set<UUID>> bulk(Collection<WantedCriteria> requests, String target, boolean refresh) {
        Set<String> words = new java.util.TreeSet<>();
        requests.stream().filter(WantedCriteria::stored).forEach(c -> words.addAll(WantedQueryBuilder.wordsOf(c)));
        return analyse(target, words).flatMap(analysed -> {
            StringBuilder body = new StringBuilder();
            for (WantedCriteria c : requests) {
                ObjectNode meta = json.createObjectNode();
                ObjectNode action = meta.putObject(c.stored() ? "index" : "delete");
                action.put("_index", target).put("_id", c.id().toString());
                if (c.version() >= 0) { // a deleted request has no version left: its delete needs none
                    action.put("version", c.version()).put("version_type", "external");
                }
                body.append(meta).append('\n');
                if (c.stored()) {
                    body.append(builder.document(c, analysed::get)).append('\n');
                }
            }
            if (body.isEmpty()) {
                return Uni.createFrom().item(Set.<UUID>of());
            }
            return engine.bulk(body.toString(), refresh, "wanted request");
        });
    }

    /**
     * The words as the index analyses them (Swedish with compound parts, and English), asked of the index itself
     * so that a stored query holds exactly the terms a listing's text is indexed with. Words seen before in the
     * same index come from memory; an index built from another definition starts afresh.
     */
    private Uni<Map<String, WantedQueryBuilder.Terms>> analyse(String target, Set<String> words) {
        Map<String, WantedQueryBuilder.Terms> known = analysed.computeIfAbsent(target, t -> new ConcurrentHashMap<>());
        if (known.size() > MAX_ANALYSED) {
            known.clear();
        }
        Map<String, WantedQueryBuilder.Terms> these = new ConcurrentHashMap<>();
        List<String> missing = new ArrayList<>();
        for (String word : words) {
            WantedQueryBuilder.Terms terms = known.get(word);
            if (terms == null) {
                missing.add(word);
            } else {
                these.put(word, terms);
            }
        }
        if (missing.isEmpty()) {
            return Uni.createFrom().item(these);
        }
        // a new index may meet thousands of words at once: a few calls at a time, not all of them
        return Multi.createFrom().iterable(missing)
                .onItem().transformToUni(word -> Uni.combine().all()
                        .unis(tokens(target, "sv_index", word), tokens(target, "en_text", word)).asTuple()
                        .invoke(both -> {
                            WantedQueryBuilder.Terms terms = new WantedQueryBuilder.Terms(both.getItem1(),
                                    both.getItem2());
                            known.put(word, terms);
                            these.put(word, terms);
                        }))
                .merge(ANALYSE_CONCURRENCY)
                .collect().last()
                .replaceWith(these);
    }

    private Uni<List<String>> tokens(String target, String analyzer, String word) {
        ObjectNode body = json.createObjectNode().put("analyzer", analyzer).put("text", word);
        return engine.perform(SearchEngine.request("POST", "/" + target + "/_analyze", body)).map(answer -> {
            Set<String> tokens = new java.util.TreeSet<>();
            answer.path("tokens").forEach(t -> tokens.add(t.path("token").asText()));
            return List.copyOf(tokens);
        });
    }

    /** Deletes one request's stored query at once (visible to the next percolation); a missing one is fine. */
    Uni<Void> delete(UUID id) {
        Request request = new Request("DELETE", "/" + alias + "/_doc/" + id);
        request.addParameter("refresh", "true");
        return engine.perform(request).replaceWithVoid().onFailure().recoverWithUni(failure -> {
            if (SearchEngine.status(failure) == 404) {
                return Uni.createFrom().voidItem();
            }
            return Uni.createFrom().failure(failure);
        });
    }

    /** The requests the percolate search found (see {@link WantedQueryBuilder#percolate}). */
    Uni<List<WantedQueryBuilder.Candidate>> percolate(ObjectNode search) {
        return engine.perform(SearchEngine.request("POST", "/" + alias + "/_search", search))
                .map(WantedIndex::candidates);
    }

    /** Several percolate searches in one round trip ({@code _msearch}); the requests found, per search. */
    Uni<List<List<WantedQueryBuilder.Candidate>>> percolateAll(List<ObjectNode> searches) {
        if (searches.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        StringBuilder body = new StringBuilder();
        for (ObjectNode search : searches) {
            body.append("{\"index\":\"").append(alias).append("\"}\n").append(search).append('\n');
        }
        Request request = new Request("POST", "/_msearch");
        request.setJsonEntity(body.toString());
        return engine.perform(request).map(answer -> {
            List<List<WantedQueryBuilder.Candidate>> all = new ArrayList<>();
            for (JsonNode response : answer.path("responses")) {
                if (response.has("error")) {
                    throw new SearchEngine.SearchEngineException("Percolation failed: " + response.path("error"));
                }
                all.add(candidates(response));
            }
            return all;
        });
    }

    private static List<WantedQueryBuilder.Candidate> candidates(JsonNode answer) {
        List<WantedQueryBuilder.Candidate> found = new ArrayList<>();
        for (JsonNode bucket : answer.at("/aggregations/requests/buckets")) {
            found.add(WantedQueryBuilder.Candidate.parse(bucket.path("key").asText()));
        }
        return found;
    }

    /** The listings index's settings, a listing's words, the percolator field and the request's own fields. */
    private Uni<ObjectNode> definition() {
        return categories.all().map(all -> {
            List<String> names = new ArrayList<>();
            for (CategoryView category : all.values()) {
                names.add(category.nameSv());
            }
            ObjectNode body = ListingIndexDefinition.build(json, names).body();
            // the listings index's analysis; of a listing, only its words (the other limits are the request's own
            // fields, which the percolate search filters on)
            ObjectNode properties = ((ObjectNode) body.path("mappings")).putObject("properties");
            // every percolation visits every segment: merge small ones sooner than the default 10 per tier
            ((ObjectNode) body.path("settings")).put("index.merge.policy.segments_per_tier", 4);
            properties.putObject("query").put("type", "percolator");
            properties.putObject("w_id").put("type", "keyword");
            properties.putObject("w_org").put("type", "keyword");
            properties.putObject("w_group").put("type", "keyword");
            properties.putObject("w_category").put("type", "keyword");
            properties.putObject("w_condition_max").put("type", "integer");
            for (String name : List.of("length", "width", "height")) {
                properties.putObject("w_" + name + "_min").put("type", "integer");
                properties.putObject("w_" + name + "_max").put("type", "integer");
            }
            properties.putObject("w_price_max").put("type", "double");
            properties.putObject("w_needed_by").put("type", "date").put("format", "strict_date");
            properties.putObject("w_cells").put("type", "keyword");
            properties.putObject("w_key").put("type", "keyword");
            // the listing's words in one field, which the stored queries ask for by their analysed terms
            ObjectNode text = properties.putObject("match_text").put("type", "text").put("analyzer", "sv_index")
                    .put("search_analyzer", "sv_search");
            text.putObject("fields").putObject("en").put("type", "text").put("analyzer", "en_text");
            ObjectNode meta = (ObjectNode) body.at("/mappings/_meta");
            meta.put("definition", sha(body.toString() + "/stored-query-v4"));
            return body;
        });
    }

    private static String sha(String text) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8))).substring(0, 12);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
