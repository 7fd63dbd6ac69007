package se.kretslopp.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.elasticsearch.client.Request;
import org.jboss.logging.Logger;
import se.kretslopp.common.Today;
import se.kretslopp.search.api.ListingDocument;
import se.kretslopp.search.api.ListingDocumentSource;
import se.kretslopp.search.api.SupplyHit;
import se.kretslopp.search.api.WantedCriteria;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * What the wanted feature asks of the search engine: which requests a listing satisfies (percolation), which
 * listings come close to a request (its ranked matches), and taking a closed request's stored query out at once.
 */
@ApplicationScoped
public class WantedSearchService {

    private static final Logger LOG = Logger.getLogger(WantedSearchService.class);
    /** At most this many requests are told about one listing. */
    static final int MAX_PERCOLATED = 10_000;
    /** Near misses in the ranked matches: each dimension range is widened by this much (or a tenth). */
    static final int NEAR_MISS_MM = 20;

    private final SearchEngine engine;
    private final WantedIndex wanted;
    private final ListingIndex listings;
    private final ListingDocumentSource documents;
    private final ListingQueryBuilder listingQueries;
    private final ObjectMapper json;

    WantedSearchService(SearchEngine engine, WantedIndex wanted, ListingIndex listings, ListingDocumentSource documents,
                        ObjectMapper json) {
        this.engine = engine;
        this.wanted = wanted;
        this.listings = listings;
        this.documents = documents;
        this.listingQueries = new ListingQueryBuilder(json);
        this.json = json;
    }

    /**
     * Takes a request's stored query out of the percolator index now, so that the next listing cannot match it.
     * If the engine is away the outbox does it later (and the wanted feature never records a closed request).
     */
    public Uni<Void> removeNow(UUID wantedId) {
        return wanted.ensureReady().flatMap(ready -> ready ? wanted.delete(wantedId) : Uni.createFrom().voidItem())
                .onFailure().recoverWithUni(failure -> {
                    LOG.warnf("Could not remove the stored query of wanted request %s now: %s", wantedId,
                            failure.getMessage());
                    return Uni.createFrom().voidItem();
                });
    }

    /** The requests (ids) that this listing satisfies now, whatever its status: "who wants this?". */
    public Uni<List<UUID>> wantedFor(UUID listingId) {
        return documents.byIds(List.of(listingId)).flatMap(found -> {
            if (found.isEmpty()) {
                return Uni.createFrom().item(List.<UUID>of());
            }
            ObjectNode search = percolation(found.get(0));
            if (search == null) {
                return Uni.createFrom().item(List.<UUID>of());
            }
            ListingDocument listing = found.get(0);
            return wanted.ensureReady().flatMap(ready -> ready
                    ? wanted.percolate(search).map(candidates -> reached(candidates, listing))
                    : Uni.createFrom().item(List.<UUID>of()));
        });
    }

    /**
     * The percolate search for a listing, or null when no other organisation's request may see it (an internal
     * listing of an organisation without a group, an expired one, or one of a deactivated organisation).
     */
    ObjectNode percolation(ListingDocument d) {
        LocalDate today = Today.date();
        if (!d.organisationActive() || (d.expiresOn() != null && d.expiresOn().isBefore(today))) {
            return null;
        }
        boolean everybody = "PUBLIC".equals(d.visibility()) || (d.publicFrom() != null && !d.publicFrom().isAfter(today));
        if (!everybody && d.organisationGroup() == null) {
            return null;
        }
        return wanted.builder().percolate(listings.source(d), d.categoryPath(), d.organisationId(),
                everybody ? null : d.organisationGroup(), MAX_PERCOLATED);
    }

    /**
     * Listings that satisfy the request, or nearly do (each dimension range widened a little), that its
     * organisation may see, other organisations' only; best text match first.
     */
    public Uni<List<SupplyHit>> supplyFor(WantedCriteria request, int size) {
        ObjectNode body = json.createObjectNode();
        body.put("size", size);
        ObjectNode query = wanted.builder().listingQuery(request, NEAR_MISS_MM);
        ObjectNode bool = (ObjectNode) query.path("bool");
        ArrayNode filter = bool.has("filter") ? (ArrayNode) bool.get("filter") : bool.putArray("filter");
        filter.addAll(listingQueries.visibility(new Viewer(request.organisationId(), request.organisationGroup())));
        bool.putArray("must_not").addObject().putObject("term").put("organisation_id",
                request.organisationId().toString());
        body.set("query", query);
        ArrayNode sort = body.putArray("sort");
        sort.add("_score");
        sort.addObject().put("published_at", "desc");
        ArrayNode source = body.putArray("_source");
        for (String field : List.of("id", "title", "category_id", "category_path", "organisation_name", "quantity",
                "unit", "length_mm", "width_mm", "height_mm", "condition", "price_kind", "price_sek", "city",
                "location", "available_from", "thumbnail_url")) {
            source.add(field);
        }
        body.put("track_scores", true);
        Request request1 = SearchEngine.request("POST", "/" + listings.alias() + "/_search", body);
        return listings.ensureReady().flatMap(ready -> engine.perform(request1)).map(answer -> {
            List<SupplyHit> hits = new ArrayList<>();
            boolean scored = WantedQueryBuilder.words(request.text()) != null;
            for (JsonNode hit : answer.at("/hits/hits")) {
                JsonNode s = hit.path("_source");
                List<UUID> path = new ArrayList<>();
                s.path("category_path").forEach(id -> path.add(UUID.fromString(id.asText())));
                hits.add(new SupplyHit(UUID.fromString(s.path("id").asText()), s.path("title").asText(),
                        UUID.fromString(s.path("category_id").asText()), path, text(s, "organisation_name"),
                        decimal(s, "quantity"), text(s, "unit"), integer(s, "length_mm"), integer(s, "width_mm"),
                        integer(s, "height_mm"), s.path("condition").asInt(), text(s, "price_kind"),
                        decimal(s, "price_sek"), text(s, "city"),
                        s.has("location") ? s.at("/location/lat").asDouble() : null,
                        s.has("location") ? s.at("/location/lon").asDouble() : null,
                        s.hasNonNull("available_from") ? LocalDate.parse(s.path("available_from").asText()) : null,
                        text(s, "thumbnail_url"), scored ? hit.path("_score").asDouble() : null));
            }
            return hits;
        });
    }

    /** Percolates each listing that should be (published and seen by someone else); one list of ids per listing. */
    Uni<List<Percolated>> percolateAll(List<ListingDocument> published) {
        List<ListingDocument> candidates = new ArrayList<>();
        List<ObjectNode> searches = new ArrayList<>();
        for (ListingDocument d : published) {
            if (!"PUBLISHED".equals(d.status())) {
                continue;
            }
            ObjectNode search = percolation(d);
            if (search != null) {
                candidates.add(d);
                searches.add(search);
            }
        }
        if (searches.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return wanted.percolateAll(searches).map(all -> {
            List<Percolated> result = new ArrayList<>();
            for (int i = 0; i < candidates.size(); i++) {
                result.add(new Percolated(candidates.get(i), reached(all.get(i), candidates.get(i))));
            }
            return result;
        });
    }

    record Percolated(ListingDocument listing, List<UUID> wantedIds) {
    }

    /** The requests found whose distance limit the listing is within (the search narrowed them by cell only). */
    private static List<UUID> reached(List<WantedQueryBuilder.Candidate> candidates, ListingDocument listing) {
        List<UUID> ids = new ArrayList<>();
        for (WantedQueryBuilder.Candidate c : candidates) {
            if (c.reaches(listing.latitude(), listing.longitude())) {
                ids.add(c.id());
            }
        }
        return ids;
    }

    private static String text(JsonNode s, String field) {
        return s.hasNonNull(field) ? s.path(field).asText() : null;
    }

    private static Integer integer(JsonNode s, String field) {
        return s.hasNonNull(field) ? s.path(field).asInt() : null;
    }

    private static BigDecimal decimal(JsonNode s, String field) {
        return s.hasNonNull(field) ? s.path(field).decimalValue() : null;
    }

}
