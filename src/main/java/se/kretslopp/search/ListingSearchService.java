package se.kretslopp.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import se.kretslopp.category.CategoryService;
import se.kretslopp.category.api.CategoryView;
import se.kretslopp.common.FieldCode;
import se.kretslopp.common.Message;
import se.kretslopp.common.Problem;
import se.kretslopp.common.ProblemException;
import se.kretslopp.common.ProblemType;
import se.kretslopp.common.Today;
import se.kretslopp.search.api.ListingHits;
import se.kretslopp.search.api.ListingHits.FacetBucket;
import se.kretslopp.search.api.ListingMap;
import se.kretslopp.search.api.Suggestions;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/** Marketplace search: results with facets, map points or clusters, and type-ahead suggestions. */
@ApplicationScoped
class ListingSearchService {

    private static final Logger LOG = Logger.getLogger(ListingSearchService.class);
    static final int MAX_WINDOW = 10_000;
    static final int MAP_POINTS = 200;

    private final SearchEngine engine;
    private final ListingIndex index;
    private final ObjectMapper json;
    private final ListingQueryBuilder builder;
    private final Uni<Map<UUID, CategoryView>> categories;
    private final Duration timeout;

    ListingSearchService(SearchEngine engine, ListingIndex index, ObjectMapper json, CategoryService categoryService,
                         @ConfigProperty(name = "kretslopp.search.timeout", defaultValue = "2500ms") Duration timeout) {
        this.engine = engine;
        this.index = index;
        this.json = json;
        this.builder = new ListingQueryBuilder(json);
        this.timeout = timeout;
        // category names for facet labels and suggestions; a renamed category shows within a minute
        this.categories = Uni.createFrom().deferred(categoryService::all).memoize().atLeast(Duration.ofMinutes(1));
    }

    Uni<ListingHits> search(ListingQuery query, Viewer viewer) {
        return search(query, viewer, ListingQueryBuilder.DEFAULT_MATERIAL_FACETS);
    }

    /**
     * A page of results; {@code materialFacets} material values are counted ("show more" asks for more). Every
     * category is counted: the facet's size follows the number of categories.
     */
    Uni<ListingHits> search(ListingQuery query, Viewer viewer, int materialFacets) {
        JsonNode after = query.searchAfter() == null ? null : decodeAfter(query.searchAfter(), query.sort());
        if (after == null && (long) (query.page() + 1) * query.size() > MAX_WINDOW) {
            throw new ProblemException(ProblemType.BAD_REQUEST, "Pages beyond the first " + MAX_WINDOW
                    + " results are reached with 'searchAfter', not with 'page'.",
                    List.of(Problem.FieldError.of("page", FieldCode.TOO_DEEP, "search.page.tooDeep")));
        }
        return categories.flatMap(cats -> {
            ObjectNode body = builder.search(query, viewer, after,
                    Math.max(ListingQueryBuilder.DEFAULT_CATEGORY_FACETS, cats.size()), materialFacets);
            return run(body).map(answer -> hits(answer, query, cats));
        });
    }

    Uni<ListingMap> map(ListingQuery query, Viewer viewer, int zoom, double[] box) {
        int precision = Math.min(29, Math.max(0, zoom + 3));
        return run(builder.map(query, viewer, MAP_POINTS, precision, box)).map(answer -> {
            long total = answer.at("/hits/total/value").asLong();
            List<ListingMap.Point> points = new ArrayList<>();
            List<ListingMap.Cluster> clusters = new ArrayList<>();
            if (total <= MAP_POINTS) {
                for (JsonNode hit : answer.at("/hits/hits")) {
                    JsonNode s = hit.path("_source");
                    points.add(new ListingMap.Point(UUID.fromString(s.path("id").asText()), s.path("title").asText(),
                            s.at("/location/lat").asDouble(), s.at("/location/lon").asDouble(),
                            s.path("condition").asInt(), price(s)));
                }
            } else {
                for (JsonNode bucket : answer.at("/aggregations/cells/buckets")) {
                    clusters.add(new ListingMap.Cluster(bucket.path("key").asText(),
                            bucket.at("/centre/location/lat").asDouble(), bucket.at("/centre/location/lon").asDouble(),
                            bucket.path("doc_count").asLong()));
                }
            }
            return new ListingMap(total, total > MAP_POINTS, points, clusters);
        });
    }

    Uni<Suggestions> suggest(String prefix, Viewer viewer, String language) {
        String typed = prefix.strip().toLowerCase(Locale.ROOT);
        String stem = stem(typed);
        return categories.flatMap(cats -> {
            List<Suggestions.Suggestion> found = new ArrayList<>();
            cats.values().stream()
                    .filter(c -> startsAWord(c.nameSv(), typed) || startsAWord(c.nameEn(), typed)
                            || c.nameSv().toLowerCase(Locale.ROOT).contains(stem))
                    .sorted((a, b) -> a.nameSv().compareToIgnoreCase(b.nameSv()))
                    .limit(4)
                    .forEach(c -> found.add(new Suggestions.Suggestion("en".equals(language) ? c.nameEn() : c.nameSv(),
                            "category", c.id(), null)));
            return run(builder.suggest(prefix.strip(), viewer, 8)).map(answer -> {
                for (JsonNode hit : answer.at("/hits/hits")) {
                    JsonNode s = hit.path("_source");
                    found.add(new Suggestions.Suggestion(s.path("title").asText(), "listing", null,
                            UUID.fromString(s.path("id").asText())));
                }
                return new Suggestions(found);
            });
        });
    }

    /**
     * The typed word without a Swedish plural or definite ending ("dörrarna", "dörrar" → "dörr"), so that an
     * inflected word finds the category named in another form; words under five letters are kept as typed.
     */
    static String stem(String typed) {
        for (String ending : List.of("arna", "orna", "erna", "arne", "ar", "or", "er", "en", "et", "na")) {
            if (typed.length() - ending.length() >= 4 && typed.endsWith(ending)) {
                return typed.substring(0, typed.length() - ending.length());
            }
        }
        return typed;
    }

    private static boolean startsAWord(String name, String typed) {
        for (String word : name.toLowerCase(Locale.ROOT).split("[\\s,/-]+")) {
            if (word.startsWith(typed)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Sends a search to the alias. A search engine that is away answers 503 at once (the connection is refused, or
     * not made within the client's one-second connect timeout); one that is reachable but does not answer within
     * {@code kretslopp.search.timeout} (2.5 s) becomes a 503 too, so that pages can say so instead of hanging.
     */
    private Uni<JsonNode> run(ObjectNode body) {
        return engine.perform(SearchEngine.request("POST", "/" + index.alias() + "/_search", body))
                .ifNoItem().after(timeout).failWith(() -> new SearchEngine.SearchEngineException("timed out"))
                .onFailure().transform(failure -> {
                    int status = SearchEngine.status(failure);
                    if (status >= 400 && status < 500 && status != 404 && status != 429) {
                        LOG.errorf(failure, "The search engine refused a query we built: %s", body);
                        return new IllegalStateException("The search engine refused a query", failure);
                    }
                    LOG.debugf(failure, "Search unavailable");
                    return new ProblemException(ProblemType.SERVICE_UNAVAILABLE,
                            Message.of("search.unavailable"));
                });
    }

    private ListingHits hits(JsonNode answer, ListingQuery query, Map<UUID, CategoryView> cats) {
        List<ListingHits.Hit> items = new ArrayList<>();
        JsonNode last = null;
        for (JsonNode hit : answer.at("/hits/hits")) {
            items.add(hit(hit, query, cats));
            last = hit.path("sort");
        }
        String next = last != null && items.size() == query.size() ? encodeAfter(last, query.sort()) : null;
        Map<String, List<FacetBucket>> facets = new LinkedHashMap<>();
        JsonNode aggs = answer.path("aggregations");
        facets.put("category", buckets(aggs.at("/category/values/buckets"), bucket -> {
            CategoryView c = cats.get(UUID.fromString(bucket.path("key").asText()));
            return c == null ? new String[]{bucket.path("key").asText(), bucket.path("key").asText()}
                    : new String[]{c.nameSv(), c.nameEn()};
        }));
        facets.put("material", buckets(aggs.at("/material/values/buckets"),
                bucket -> new String[]{bucket.path("key").asText(), bucket.path("key").asText()}));
        facets.put("condition", buckets(aggs.at("/condition/values/buckets"),
                bucket -> new String[]{bucket.path("key").asText(), bucket.path("key").asText()}));
        facets.put("organisation", buckets(aggs.at("/organisation/values/buckets"), bucket -> {
            String name = bucket.at("/name/buckets/0/key").asText(bucket.path("key").asText());
            return new String[]{name, name};
        }));
        JsonNode total = answer.at("/hits/total");
        return new ListingHits(total.path("value").asLong(), "eq".equals(total.path("relation").asText("eq")),
                query.searchAfter() == null ? query.page() : -1, query.size(), items, next, facets);
    }

    private static List<FacetBucket> buckets(JsonNode buckets, java.util.function.Function<JsonNode, String[]> label) {
        List<FacetBucket> list = new ArrayList<>();
        for (JsonNode bucket : buckets) {
            String[] labels = label.apply(bucket);
            list.add(new FacetBucket(bucket.path("key").asText(), labels[0], labels[1], bucket.path("doc_count").asLong()));
        }
        return list;
    }

    private ListingHits.Hit hit(JsonNode hit, ListingQuery query, Map<UUID, CategoryView> cats) {
        JsonNode s = hit.path("_source");
        Map<String, String> highlight = new LinkedHashMap<>();
        hit.path("highlight").fields().forEachRemaining(e -> highlight.put(e.getKey(), e.getValue().path(0).asText()));
        UUID categoryId = UUID.fromString(s.path("category_id").asText());
        CategoryView category = cats.get(categoryId);
        ListingHits.Position position = s.has("location")
                ? new ListingHits.Position(s.at("/location/lat").asDouble(), s.at("/location/lon").asDouble()) : null;
        Double distance = position != null && query.hasPoint()
                ? Math.round(Geo.distanceKm(query.lat(), query.lon(), position.lat(), position.lon()) * 10) / 10.0
                : null;
        String description = text(s, "description");
        String snippet = description == null ? null
                : description.length() <= 160 ? description : description.substring(0, 157).strip() + "…";
        String publicFrom = text(s, "public_from");
        boolean isPublic = "PUBLIC".equals(text(s, "visibility"))
                || (publicFrom != null && !LocalDate.parse(publicFrom).isAfter(Today.date()));
        return new ListingHits.Hit(UUID.fromString(s.path("id").asText()), s.path("title").asText(), snippet,
                highlight,
                new ListingHits.CategoryRef(categoryId, text(s, "category_code"),
                        category == null ? null : category.nameSv(), category == null ? null : category.nameEn()),
                text(s, "material"), decimal(s, "quantity"), text(s, "unit"),
                new ListingHits.Dimensions(integer(s, "length_mm"), integer(s, "width_mm"), integer(s, "height_mm")),
                s.path("condition").asInt(), price(s), text(s, "city"), position, distance,
                new ListingHits.OrganisationRef(UUID.fromString(s.path("organisation_id").asText()),
                        text(s, "organisation_code"), text(s, "organisation_name")),
                text(s, "thumbnail_url"),
                text(s, "available_from") == null ? null : LocalDate.parse(text(s, "available_from")),
                text(s, "published_at") == null ? null : OffsetDateTime.parse(text(s, "published_at")),
                text(s, "status"), isPublic);
    }

    private static ListingHits.Price price(JsonNode s) {
        String kind = text(s, "price_kind");
        return new ListingHits.Price(kind, "FIXED".equals(kind) ? decimal(s, "price_sek") : null);
    }

    private static String text(JsonNode s, String field) {
        JsonNode value = s.path(field);
        return value.isMissingNode() || value.isNull() ? null : value.asText();
    }

    private static Integer integer(JsonNode s, String field) {
        JsonNode value = s.path(field);
        return value.isNumber() ? value.asInt() : null;
    }

    private static BigDecimal decimal(JsonNode s, String field) {
        JsonNode value = s.path(field);
        if (!value.isNumber()) {
            return null;
        }
        BigDecimal number = value.decimalValue().stripTrailingZeros();
        return number.scale() < 0 ? number.setScale(0) : number;
    }

    /** The sort values of the last hit, with the sort they belong to, as an opaque URL-safe token. */
    private String encodeAfter(JsonNode sortValues, ListingQuery.Sort sort) {
        ObjectNode token = json.createObjectNode();
        token.put("s", sort.name());
        token.set("v", sortValues);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(token.toString().getBytes(StandardCharsets.UTF_8));
    }

    private JsonNode decodeAfter(String token, ListingQuery.Sort sort) {
        try {
            JsonNode decoded = json.readTree(new String(Base64.getUrlDecoder().decode(token.strip()),
                    StandardCharsets.UTF_8));
            JsonNode values = decoded == null ? null : decoded.path("v");
            if (decoded != null && sort.name().equals(decoded.path("s").asText()) && values instanceof ArrayNode
                    && values.size() >= 1 && values.size() <= 3) {
                for (JsonNode value : values) {
                    if (!value.isValueNode()) {
                        throw new IllegalArgumentException("not a sort value");
                    }
                }
                return values;
            }
        } catch (IllegalArgumentException | IOException e) {
            // falls through to the problem below
        }
        throw new ProblemException(ProblemType.BAD_REQUEST,
                "'searchAfter' is not a token from a previous answer with the same sort.",
                List.of(Problem.FieldError.of("searchAfter", FieldCode.MALFORMED, "search.searchAfter.invalid")));
    }
}
