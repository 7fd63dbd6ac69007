package se.kretslopp.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.elasticsearch.client.Request;
import org.jboss.logging.Logger;
import se.kretslopp.category.CategoryService;
import se.kretslopp.category.api.CategoryView;
import se.kretslopp.common.ProblemException;
import se.kretslopp.common.ProblemType;
import se.kretslopp.search.api.ListingDocument;
import se.kretslopp.search.api.ListingDocumentSource;

import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The listings index behind its aliases. The service reads and writes only through the alias
 * ({@code kretslopp-listings}); while a full reindex runs, a second alias ({@code kretslopp-listings-next}) names
 * the index being built, and the outbox relay writes to both. Documents carry the listing's version as external
 * version, so an older state never overwrites a newer one, whatever the order of delivery.
 */
@ApplicationScoped
class ListingIndex {

    private static final Logger LOG = Logger.getLogger(ListingIndex.class);
    /** The PostgreSQL advisory lock that lets one replica at a time create or rebuild the index. */
    /** The advisory lock of index builds and clean-ups (one at a time across replicas). */
    static final long LOCK_KEY = 0x6b72_6574_736c_6f70L;
    private static final int COPY_PAGE = 1000;
    /** How long an administrator's reindex waits for the index lock before it answers 409 (PostgreSQL interval). */
    static final String REINDEX_LOCK_WAIT = "5s";
    private static final DateTimeFormatter INDEX_SUFFIX = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");

    private final SearchEngine engine;
    private final ObjectMapper json;
    private final Pool pool;
    private final Vertx vertx;
    private final CategoryService categories;
    private final ListingDocumentSource source;
    private final String alias;
    private final java.util.concurrent.atomic.AtomicBoolean ready = new java.util.concurrent.atomic.AtomicBoolean();

    ListingIndex(SearchEngine engine, ObjectMapper json, Pool pool, Vertx vertx, CategoryService categories,
                 ListingDocumentSource source,
                 @ConfigProperty(name = "kretslopp.search.index-prefix", defaultValue = "kretslopp") String prefix) {
        this.engine = engine;
        this.json = json;
        this.pool = pool;
        this.vertx = vertx;
        this.categories = categories;
        this.source = source;
        this.alias = prefix + "-listings";
    }

    /** The alias searches read from. */
    /** Makes what was indexed so far searchable now, instead of at the next scheduled refresh. */
    Uni<Void> refresh() {
        return engine.perform(new Request("POST", "/" + alias + "/_refresh")).replaceWithVoid();
    }

    String alias() {
        return alias;
    }

    private String nextAlias() {
        return alias + "-next";
    }

    /**
     * Makes sure the alias exists (creating and filling an index from PostgreSQL if not) once per process run, or
     * again after the engine was lost. Answers whether writes can go ahead.
     */
    Uni<Boolean> ensureReady() {
        if (ready.get()) {
            return Uni.createFrom().item(true);
        }
        return engine.aliasExists(alias).flatMap(exists -> exists ? Uni.createFrom().item(true) : buildIfStillMissing())
                .map(ok -> ok != null && ok).invoke(ready::set)
                .flatMap(ok -> ok ? checkDefinition().replaceWith(true) : Uni.createFrom().item(false));
    }

    /**
     * Builds the missing index under the lock, unless another replica built it meanwhile; null while another holds
     * the lock. The definition reads the categories in a session of its own before the lock's connection is taken.
     */
    private Uni<Boolean> buildIfStillMissing() {
        return definition().flatMap(definition -> withLock(false, conn -> engine.aliasExists(alias).flatMap(built -> {
            if (built) {
                return Uni.createFrom().item(true);
            }
            LOG.infof("Search index alias %s is missing: building the index from PostgreSQL", alias);
            return build(definition, conn).flatMap(this::swapIn).replaceWith(true);
        })));
    }

    /** The engine failed: check the alias again before the next write (its data may be gone). */
    void forget() {
        ready.set(false);
    }

    /** Reindexes in the background when the index was built from another definition (mappings, word list). */
    private Uni<Void> checkDefinition() {
        return definition().flatMap(definition -> engine.perform(new Request("GET", "/" + alias + "/_mapping"))
                .map(mapping -> {
                    JsonNode index = mapping.elements().hasNext() ? mapping.elements().next() : null;
                    return index == null ? "" : index.at("/mappings/_meta/definition").asText("");
                })
                .invoke(current -> {
                    if (!current.equals(definition.hash())) {
                        LOG.infof("The listings index was built from definition %s, this service has %s: reindexing",
                                current, definition.hash());
                        reindex().subscribe().with(
                                result -> LOG.infof("Reindexed %d listings into %s", result.documents(), result.index()),
                                failure -> LOG.warn("Automatic reindex failed; run it by hand", failure));
                    }
                }))
                .replaceWithVoid()
                .onFailure().recoverWithUni(failure -> {
                    LOG.debug("Could not compare the index definition", failure);
                    return Uni.createFrom().voidItem();
                });
    }

    /**
     * Builds a new index from PostgreSQL and swaps the alias to it atomically. Searches keep reading the old index
     * until the swap; changes made meanwhile reach both indexes through the outbox relay.
     */
    Uni<ReindexResult> reindex() {
        // the definition reads the categories in a session of its own, before the lock's connection is taken
        return definition().flatMap(definition -> withLock(true, conn -> build(definition, conn)
                .flatMap(this::swapIn)));
    }

    record ReindexResult(String index, long documents) {
    }

    private record Built(String index, long documents) {
    }

    private Uni<Built> build(ListingIndexDefinition definition, SqlConnection conn) {
        String index = alias + "-" + ZonedDateTime.now(ZoneOffset.UTC).format(INDEX_SUFFIX);
        return engine.perform(SearchEngine.request("PUT", "/" + index, definition.body()))
                .flatMap(created -> dropAlias(nextAlias()))
                .flatMap(v -> aliases(action("add", index, nextAlias())))
                .flatMap(v -> copyAll(conn))
                .flatMap(count -> engine.perform(new Request("POST", "/" + nextAlias() + "/_refresh"))
                        .replaceWith(new Built(index, count)));
    }

    private Uni<ReindexResult> swapIn(Built built) {
        String index = built.index();
        long documents = built.documents();
        return engine.indexesOf(alias).flatMap(old -> {
            List<JsonNode> actions = new ArrayList<>();
            old.forEach(name -> actions.add(action("remove", name, alias)));
            actions.add(action("add", index, alias));
            actions.add(action("remove", index, nextAlias()));
            return aliases(actions.toArray(JsonNode[]::new)).invoke(() -> {
                LOG.infof("Alias %s now names %s (%d documents)", alias, index, documents);
                // Searches that resolved the alias just before the swap may still be running on the old index.
                vertx.setTimer(30_000, id -> withLock(false, conn -> deleteUnusedIndexes()).subscribe().with(x -> { }, failure ->
                        LOG.warn("Could not delete old listings indexes", failure)));
            });
        }).replaceWith(new ReindexResult(index, documents));
    }

    /**
     * Deletes the listings indexes that neither alias names at this moment. (Not "all but the one just swapped
     * in": by the time this runs, a later reindex may have swapped in another one.) Runs under the index lock,
     * so no index being built is taken for unused; when a reindex holds the lock, its own clean-up follows.
     */
    private Uni<Void> deleteUnusedIndexes() {
        Request request = new Request("GET", "/_cat/indices/" + alias + "-2*");
        request.addParameter("format", "json");
        request.addParameter("h", "index");
        return engine.perform(request).flatMap(indexes -> engine.indexesOf(alias)
                .flatMap(live -> engine.indexesOf(nextAlias()).flatMap(building -> {
                    Uni<Void> chain = Uni.createFrom().voidItem();
                    for (JsonNode entry : indexes) {
                        String name = entry.path("index").asText();
                        if (!live.contains(name) && !building.contains(name)) {
                            chain = chain.call(() -> engine.perform(new Request("DELETE", "/" + name)));
                        }
                    }
                    return chain;
                })));
    }

    private Uni<Long> copyAll(SqlConnection conn) {
        AtomicReference<UUID> after = new AtomicReference<>();
        AtomicInteger total = new AtomicInteger();
        return Uni.createFrom().deferred(() -> source.after(conn, after.get(), COPY_PAGE)
                        .flatMap(page -> page.isEmpty() ? Uni.createFrom().item(0)
                                : bulk(page, List.of(), List.of(nextAlias())).map(retry -> {
                                    if (!retry.isEmpty()) {
                                        throw new SearchEngine.SearchEngineException(
                                                "The engine refused " + retry.size() + " documents during the copy");
                                    }
                                    after.set(page.get(page.size() - 1).id());
                                    total.addAndGet(page.size());
                                    return page.size();
                                })))
                .repeat().until(n -> n < COPY_PAGE)
                .collect().last()
                .map(last -> (long) total.get());
    }

    /** The aliases writes go to now: the live one, and the one being built while a reindex runs. */
    Uni<List<String>> writeTargets() {
        return engine.aliasExists(nextAlias())
                .map(building -> building ? List.of(alias, nextAlias()) : List.of(alias));
    }

    /**
     * Indexes the documents (and deletes the ids that are gone) in every target. Answers the ids the engine could
     * not take for a reason that may pass (overload, an index being swapped); they stay in the outbox. A listing of
     * a deactivated organisation is deleted at its version, like an index write: an older state delivered late, or
     * the same delete again, changes nothing, and the reactivated listing (a newer version) is taken.
     */
    Uni<Set<UUID>> bulk(Collection<ListingDocument> documents, Collection<UUID> gone, List<String> targets) {
        StringBuilder body = new StringBuilder();
        for (String target : targets) {
            for (ListingDocument document : documents) {
                ObjectNode meta = json.createObjectNode();
                meta.putObject(document.organisationActive() ? "index" : "delete").put("_index", target)
                        .put("_id", document.id().toString())
                        .put("version", document.version()).put("version_type", "external");
                body.append(meta).append('\n');
                if (document.organisationActive()) {
                    body.append(source(document)).append('\n');
                }
            }
            for (UUID id : gone) {
                ObjectNode meta = json.createObjectNode();
                meta.putObject("delete").put("_index", target).put("_id", id.toString());
                body.append(meta).append('\n');
            }
        }
        if (body.isEmpty()) {
            return Uni.createFrom().item(Set.of());
        }
        return engine.bulk(body.toString(), false, "listing");
    }

    ObjectNode source(ListingDocument d) {
        ObjectNode doc = json.createObjectNode();
        doc.put("id", d.id().toString());
        doc.put("version", d.version());
        doc.put("organisation_id", d.organisationId().toString());
        doc.put("organisation_code", d.organisationCode());
        doc.put("organisation_name", d.organisationName());
        doc.put("org_group", d.organisationGroup());
        doc.put("inventory_item_id", d.inventoryItemId() == null ? null : d.inventoryItemId().toString());
        doc.put("storage_site_id", d.storageSiteId() == null ? null : d.storageSiteId().toString());
        doc.put("category_id", d.categoryId().toString());
        ArrayNode path = doc.putArray("category_path");
        d.categoryPath().forEach(id -> path.add(id.toString()));
        doc.put("category_code", d.categoryCode());
        ArrayNode names = doc.putArray("category_names");
        d.categoryNames().forEach(names::add);
        // the names come as the category's own (Swedish, English), then its parent's: own ones weigh more in search
        ArrayNode own = doc.putArray("category_own");
        ArrayNode parent = doc.putArray("category_parent");
        for (int i = 0; i < d.categoryNames().size(); i++) {
            (i < 2 ? own : parent).add(d.categoryNames().get(i));
        }
        doc.put("title", d.title());
        doc.put("description", d.description());
        doc.put("material", d.material());
        putNumber(doc, "quantity", d.quantity());
        doc.put("unit", d.unit());
        doc.put("length_mm", d.lengthMm());
        doc.put("width_mm", d.widthMm());
        doc.put("height_mm", d.heightMm());
        putNumber(doc, "weight_per_unit_kg", d.weightPerUnitKg());
        doc.put("condition", d.condition());
        doc.put("price_kind", d.priceKind());
        // free sorts and filters as price 0; "on request" has no price and sorts last
        putNumber(doc, "price_sek", "FREE".equals(d.priceKind()) ? BigDecimal.ZERO : d.priceSek());
        doc.put("city", d.city());
        if (d.latitude() != null && d.longitude() != null) {
            doc.putObject("location").put("lat", d.latitude()).put("lon", d.longitude());
        }
        doc.put("available_from", d.availableFrom() == null ? null : d.availableFrom().toString());
        doc.put("visibility", d.visibility());
        doc.put("public_from", d.publicFrom() == null ? null : d.publicFrom().toString());
        doc.put("status", d.status());
        doc.put("published_at", d.publishedAt() == null ? null : d.publishedAt().toString());
        doc.put("expires_on", d.expiresOn() == null ? null : d.expiresOn().toString());
        doc.put("thumbnail_url", d.thumbnailUrl());
        return doc;
    }

    private static void putNumber(ObjectNode doc, String field, BigDecimal value) {
        if (value == null) {
            doc.putNull(field);
        } else {
            doc.put(field, value);
        }
    }

    private Uni<ListingIndexDefinition> definition() {
        return categories.all().map(all -> {
            List<String> names = new ArrayList<>();
            for (CategoryView category : all.values()) {
                names.add(category.nameSv());
            }
            return ListingIndexDefinition.build(json, names);
        });
    }

    private Uni<Void> dropAlias(String aliasName) {
        return engine.indexesOf(aliasName).flatMap(names -> names.isEmpty() ? Uni.createFrom().voidItem()
                : aliases(names.stream().map(name -> action("remove", name, aliasName)).toArray(JsonNode[]::new)));
    }

    private JsonNode action(String kind, String index, String aliasName) {
        ObjectNode action = json.createObjectNode();
        action.putObject(kind).put("index", index).put("alias", aliasName);
        return action;
    }

    private Uni<Void> aliases(JsonNode... actions) {
        ObjectNode body = json.createObjectNode();
        ArrayNode list = body.putArray("actions");
        for (JsonNode action : actions) {
            list.add(action);
        }
        return engine.perform(SearchEngine.request("POST", "/_aliases", body)).replaceWithVoid();
    }

    /**
     * Runs the work while this replica holds the index lock (a PostgreSQL advisory lock, held by one transaction).
     * With {@code failIfBusy} (an administrator's reindex) it waits up to {@link #REINDEX_LOCK_WAIT} for the lock,
     * since the clean-up that follows every swap by 30 s holds it for a moment, then answers 409; otherwise it gets
     * {@code null} at once and tries again later.
     */
    private <T> Uni<T> withLock(boolean failIfBusy, java.util.function.Function<SqlConnection, Uni<T>> work) {
        if (failIfBusy) {
            return pool.withTransaction(conn -> conn.preparedQuery("select set_config('lock_timeout', $1, true)")
                    .execute(io.vertx.mutiny.sqlclient.Tuple.of(REINDEX_LOCK_WAIT))
                    .flatMap(set -> conn.preparedQuery("select pg_advisory_xact_lock($1)")
                            .execute(io.vertx.mutiny.sqlclient.Tuple.of(LOCK_KEY)))
                    .onFailure(ListingIndex::lockNotAvailable).transform(e -> new ProblemException(ProblemType.CONFLICT,
                            "The search index is being rebuilt right now; try again when that is done."))
                    .flatMap(locked -> work.apply(conn)));
        }
        return pool.withTransaction(conn -> conn.preparedQuery("select pg_try_advisory_xact_lock($1) as locked")
                .execute(io.vertx.mutiny.sqlclient.Tuple.of(LOCK_KEY))
                .flatMap(rows -> rows.iterator().next().getBoolean("locked") ? work.apply(conn)
                        : Uni.createFrom().<T>nullItem()));
    }

    /** PostgreSQL's lock_not_available: lock_timeout ran out. */
    private static boolean lockNotAvailable(Throwable e) {
        return e instanceof io.vertx.pgclient.PgException pg && "55P03".equals(pg.getSqlState());
    }
}
