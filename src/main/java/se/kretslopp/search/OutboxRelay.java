package se.kretslopp.search;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import se.kretslopp.search.api.ListingDocument;
import se.kretslopp.search.api.ListingDocumentSource;
import se.kretslopp.search.api.WantedCriteria;
import se.kretslopp.search.api.WantedMatchSink;
import se.kretslopp.search.api.WantedSource;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Carries the changes recorded in {@code search_outbox} into the search index. Each batch is taken with
 * {@code FOR UPDATE SKIP LOCKED}, so several replicas relay side by side without handling a row twice; the rows
 * are deleted in the same transaction once the engine has taken them. While the engine is away the rows wait,
 * and the relay tries again with a growing pause (at most {@code max-backoff}).
 */
@ApplicationScoped
class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    private final Pool pool;
    private final Vertx vertx;
    private final ListingIndex index;
    private final ListingDocumentSource source;
    private final WantedIndex wantedIndex;
    private final WantedSource wantedSource;
    private final WantedSearchService wantedSearch;
    private final WantedMatchSink matches;
    private final Timer percolation;
    private final Timer recording;
    private final Timer matching;
    private final int batchSize;
    private final Duration interval;
    private final Duration maxBackoff;
    private final boolean enabled;
    private final AtomicBoolean stopped = new AtomicBoolean();
    private final AtomicLong backlog = new AtomicLong();
    private final AtomicLong oldestAgeSeconds = new AtomicLong();
    private final AtomicLong relayed = new AtomicLong();
    private int failures;
    /** Histogram buckets of the percolation timer: every millisecond up to 60 ms, coarser above (bench/ reads them). */
    private static final Duration[] PERCOLATION_BUCKETS = java.util.stream.Stream.concat(
            java.util.stream.IntStream.rangeClosed(1, 60).mapToObj(Duration::ofMillis),
            java.util.stream.IntStream.of(70, 80, 90, 100, 150, 200, 300, 500, 1000, 2000, 5000)
                    .mapToObj(Duration::ofMillis)).toArray(Duration[]::new);

    OutboxRelay(Pool pool, Vertx vertx, ListingIndex index, ListingDocumentSource source, WantedIndex wantedIndex,
                WantedSource wantedSource, WantedSearchService wantedSearch, WantedMatchSink matches,
                MeterRegistry metrics,
                @ConfigProperty(name = "kretslopp.search.relay.batch-size", defaultValue = "500") int batchSize,
                @ConfigProperty(name = "kretslopp.search.relay.interval", defaultValue = "500ms") Duration interval,
                @ConfigProperty(name = "kretslopp.search.relay.max-backoff", defaultValue = "5s") Duration maxBackoff,
                @ConfigProperty(name = "kretslopp.search.relay.enabled", defaultValue = "true") boolean enabled) {
        this.pool = pool;
        this.vertx = vertx;
        this.index = index;
        this.source = source;
        this.wantedIndex = wantedIndex;
        this.wantedSource = wantedSource;
        this.wantedSearch = wantedSearch;
        this.matches = matches;
        this.percolation = Timer.builder("kretslopp.wanted.percolation")
                .description("Percolating one relayed batch of published listings: the requests each satisfies")
                .serviceLevelObjectives(PERCOLATION_BUCKETS).register(metrics);
        this.recording = Timer.builder("kretslopp.wanted.recording")
                .description("Refreshing the listings index, then recording one percolated batch's matches and alerts")
                .serviceLevelObjectives(PERCOLATION_BUCKETS).register(metrics);
        this.matching = Timer.builder("kretslopp.wanted.matching")
                .description("Percolating one relayed batch of published listings and recording their matches")
                .serviceLevelObjectives(PERCOLATION_BUCKETS).register(metrics);
        this.batchSize = batchSize;
        this.interval = interval;
        this.maxBackoff = maxBackoff;
        this.enabled = enabled;
        Gauge.builder("kretslopp.search.outbox.backlog", backlog, AtomicLong::get)
                .description("Changes waiting in the search outbox").register(metrics);
        Gauge.builder("kretslopp.search.outbox.oldest.age", oldestAgeSeconds, AtomicLong::get).baseUnit("seconds")
                .description("Age of the oldest change waiting in the search outbox").register(metrics);
        Gauge.builder("kretslopp.search.outbox.relayed", relayed, AtomicLong::get)
                .description("Outbox rows relayed to the search engine by this replica").register(metrics);
    }

    void start(@Observes StartupEvent event) {
        if (enabled) {
            schedule(Duration.ZERO);
        }
    }

    void stop(@Observes ShutdownEvent event) {
        stopped.set(true);
    }

    private void schedule(Duration delay) {
        if (stopped.get()) {
            return;
        }
        vertx.setTimer(Math.max(1, delay.toMillis()), id -> {
            // Hibernate Reactive (used by the services the index asks for category names) wants a safe context.
            Context context = VertxContext.createNewDuplicatedContext(vertx.getDelegate().getOrCreateContext());
            VertxContextSafetyToggle.setContextSafe(context, true);
            context.runOnContext(v -> tick());
        });
    }

    private void tick() {
        if (stopped.get()) {
            return;
        }
        drainOnce().subscribe().with(handled -> {
            failures = 0;
            schedule(handled >= batchSize ? Duration.ZERO : interval);
        }, failure -> {
            failures++;
            index.forget();
            wantedIndex.forget();
            Duration pause = interval.multipliedBy(1L << Math.min(failures, 6));
            if (pause.compareTo(maxBackoff) > 0) {
                pause = maxBackoff;
            }
            if (!stopped.get()) {
                LOG.debugf(failure, "Search outbox relay failed (%d in a row); next try in %s", failures, pause);
                if (failures == 1) {
                    LOG.warnf("Search outbox relay paused: %s", failure.getMessage());
                }
            }
            schedule(pause);
        });
    }

    /** Relays one batch; answers how many outbox rows it handled (0 when the index is not ready). */
    Uni<Integer> drainOnce() {
        return index.ensureReady().flatMap(ready -> ready ? relayBatch() : Uni.createFrom().item(0))
                .call(handled -> handled >= batchSize ? Uni.createFrom().voidItem() : measure());
    }

    private Uni<Integer> relayBatch() {
        return pool.withTransaction(conn -> conn.preparedQuery(
                        "select id, entity, entity_id from search_outbox order by id limit $1 for update skip locked")
                .execute(Tuple.of(batchSize))
                .flatMap(rows -> {
                    if (rows.size() == 0) {
                        return Uni.createFrom().item(0);
                    }
                    List<Long> outboxIds = new ArrayList<>();
                    List<UUID> entityOfRow = new ArrayList<>();
                    Set<UUID> listingIds = new LinkedHashSet<>();
                    Set<UUID> wantedIds = new LinkedHashSet<>();
                    for (Row row : rows) {
                        outboxIds.add(row.getLong("id"));
                        entityOfRow.add(row.getUUID("entity_id"));
                        if ("wanted".equals(row.getString("entity"))) {
                            wantedIds.add(row.getUUID("entity_id"));
                        } else {
                            listingIds.add(row.getUUID("entity_id"));
                        }
                    }
                    Set<UUID> retry = new HashSet<>();
                    // requests first: a listing relayed in the same batch must already see them
                    return relayWanted(wantedIds).invoke(retry::addAll)
                            .flatMap(x -> relayListings(listingIds)).invoke(retry::addAll)
                            .flatMap(x -> {
                                List<Long> done = new ArrayList<>();
                                for (int i = 0; i < outboxIds.size(); i++) {
                                    if (!retry.contains(entityOfRow.get(i))) {
                                        done.add(outboxIds.get(i));
                                    }
                                }
                                relayed.addAndGet(done.size());
                                return conn.preparedQuery("delete from search_outbox where id = any($1)")
                                        .execute(Tuple.of(done.toArray(new Long[0])))
                                        .map(deleted -> retry.isEmpty() ? rows.size() : 0);
                            });
                }));
    }

    /** Stores (or deletes) the requests' queries in the percolator index; answers the ids to try again. */
    private Uni<Set<UUID>> relayWanted(Set<UUID> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(Set.of());
        }
        return wantedIndex.ensureReady().flatMap(ready -> {
            if (!ready) {
                return Uni.createFrom().item((Set<UUID>) new HashSet<>(ids));
            }
            return wantedSource.byIds(ids).flatMap(found -> {
                List<WantedCriteria> all = new ArrayList<>(found);
                Set<UUID> gone = new HashSet<>(ids);
                found.forEach(c -> gone.remove(c.id()));
                for (UUID id : gone) {
                    all.add(new WantedCriteria(id, -1, id, null, false, null, null, null, null, null, null, null,
                            null, null, null, null, false));
                }
                return wantedIndex.bulk(all, wantedIndex.alias(), true);
            });
        });
    }

    /**
     * Indexes the listings, then percolates the published ones and hands their matches to the wanted feature.
     * Answers the ids to try again; a failed percolation fails the batch, which is then relayed again (indexing is
     * idempotent by version, and each request and listing pair is recorded once).
     */
    private Uni<Set<UUID>> relayListings(Set<UUID> listingIds) {
        if (listingIds.isEmpty()) {
            return Uni.createFrom().item(Set.of());
        }
        return source.byIds(listingIds).flatMap(documents -> {
            Set<UUID> gone = new HashSet<>(listingIds);
            documents.stream().map(ListingDocument::id).forEach(gone::remove);
            return index.writeTargets().flatMap(targets -> index.bulk(documents, gone, targets))
                    .flatMap(retry -> percolate(documents, retry).replaceWith(retry));
        });
    }

    private Uni<Void> percolate(List<ListingDocument> documents, Set<UUID> retry) {
        List<ListingDocument> published = documents.stream()
                .filter(d -> "PUBLISHED".equals(d.status()) && d.organisationActive() && !retry.contains(d.id()))
                .toList();
        if (published.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return wantedIndex.ensureReady().flatMap(ready -> {
            if (!ready) {
                throw new SearchEngine.SearchEngineException("The wanted-requests index is being built");
            }
            // without a stored request there is nothing to find (and the timers stay for real percolations)
            return wantedIndex.holdsQueries();
        }).flatMap(any -> any ? percolateAndRecord(published) : Uni.createFrom().voidItem());
    }

    private Uni<Void> percolateAndRecord(List<ListingDocument> published) {
        long started = System.nanoTime();
        return wantedSearch.percolateAll(published).flatMap(found -> {
            long percolated = System.nanoTime();
            percolation.record(Duration.ofNanos(percolated - started));
            // a buyer who opens an alert at once finds the listing among the request's ranked matches (a search
            // on the listings index): make it searchable before the alerts are written
            boolean anyMatch = found.stream().anyMatch(p -> !p.wantedIds().isEmpty());
            Uni<Void> chain = anyMatch ? index.refresh() : Uni.createFrom().voidItem();
            for (WantedSearchService.Percolated p : found) {
                if (!p.wantedIds().isEmpty()) {
                    chain = chain.call(() -> matches.matched(p.listing(), p.wantedIds()));
                }
            }
            return chain.invoke(() -> recording.record(Duration.ofNanos(System.nanoTime() - percolated)));
        }).invoke(() -> matching.record(Duration.ofNanos(System.nanoTime() - started)));
    }

    /** Refreshes the backlog figures for metrics and health. */
    Uni<OutboxState> measure() {
        return pool.query("select count(*) as backlog,"
                        + " coalesce(extract(epoch from clock_timestamp() - min(created_at)), 0)::bigint as age"
                        + " from search_outbox").execute()
                .map(rows -> {
                    Row row = rows.iterator().next();
                    OutboxState state = new OutboxState(row.getLong("backlog"), row.getLong("age"));
                    backlog.set(state.backlog());
                    oldestAgeSeconds.set(state.oldestAgeSeconds());
                    return state;
                });
    }

    record OutboxState(long backlog, long oldestAgeSeconds) {
    }
}
