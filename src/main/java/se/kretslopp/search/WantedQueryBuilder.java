package se.kretslopp.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import se.kretslopp.search.api.WantedCriteria;

import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Builds what the percolator index holds for a wanted request and the percolate searches. Two forms of a request:
 * <ul>
 * <li>in the percolator index ({@link #document}): its words as a stored query of analysed terms, and every other
 * limit as a plain field that the percolate search filters on before a single stored query is run (running one
 * costs far more than filtering). Matching gives what {@link #listingQuery} gives on the listings index.</li>
 * <li>on the listings index ({@link #listingQuery}): the same request as a search, for its ranked matches and near
 * misses; the search page asks the same for the same filters.</li>
 * </ul>
 * The words are split into compound parts ("innerdörr" finds "dörrar"), and numbers and dimension expressions such
 * as "9x21" or "900 mm" are left out of them (the dimension ranges say them). Only DSL that Elasticsearch 8/9 and
 * OpenSearch 2/3 share: bool, match, term(s), range, exists, geo_distance, percolate, a terms aggregation.
 * No date maths with {@code now}: a stored query must mean the same on every day it is percolated.
 */
final class WantedQueryBuilder {

    private static final String[] SV_FIELDS = {"title^3", "category_names^2", "material^2", "description"};
    private static final String[] EN_FIELDS = {"title.en", "category_names.en", "description.en"};
    /** Numbers, measures and dimension expressions: "9x21", "900 x 2100", "2,5", "900mm", "12st". */
    private static final Pattern NUMBERISH = Pattern.compile(
            "(?iu)(?<![\\p{L}\\d])\\d+(?:[.,]\\d+)?(?:\\s*(?:mm|cm|dm|m2|m3|m|st|kg))?(?:\\s*[x×*]\\s*\\d+(?:[.,]\\d+)?(?:\\s*(?:mm|cm|dm|m))?)*(?![\\p{L}\\d])");

    private final ObjectMapper json;

    WantedQueryBuilder(ObjectMapper json) {
        this.json = json;
    }

    /** The words of a request without its numbers and dimension expressions; null when nothing is left. */
    static String words(String text) {
        if (text == null) {
            return null;
        }
        String words = NUMBERISH.matcher(text).replaceAll(" ").replaceAll("[\\s,;]+", " ").strip();
        return words.isEmpty() ? null : words;
    }

    /** A word of a request as the index analyses it: its Swedish terms (compound parts too) and its English ones. */
    record Terms(List<String> sv, List<String> en) {
        /** A word that is a stop word in either language asks for nothing, as a match query's zero terms would. */
        boolean asksNothing() {
            return sv.isEmpty() || en.isEmpty();
        }
    }

    /** A stored request the percolate search found: its id and, when it has a distance limit, the circle. */
    record Candidate(UUID id, Double latitude, Double longitude, Double withinKm) {

        /** Parses a {@code w_key}: the id, or the id, latitude, longitude and km separated by spaces. */
        static Candidate parse(String key) {
            String[] parts = key.split(" ");
            UUID id = UUID.fromString(parts[0]);
            if (parts.length < 4) {
                return new Candidate(id, null, null, null);
            }
            return new Candidate(id, Double.parseDouble(parts[1]), Double.parseDouble(parts[2]),
                    Double.parseDouble(parts[3]));
        }

        /** Whether a listing at this point (null: none) is within the request's distance, exactly. */
        boolean reaches(Double lat, Double lon) {
            if (withinKm == null) {
                return true;
            }
            return lat != null && lon != null && Geo.distanceKm(latitude, longitude, lat, lon) <= withinKm;
        }
    }

    /** No limit, in the request's own fields: every listing's value is within it. */
    static final int NO_MAX = Integer.MAX_VALUE;
    /** The minimum of a dimension the request does not ask for: only a listing without that dimension is below it. */
    static final int NO_RANGE = -1;
    static final double NO_PRICE_MAX = 1e15;
    static final String NO_DATE = "9999-12-31";
    /** The category (and the geohash cell) of a request that names none: it takes every listing's. */
    static final String ANY = "*";

    /** The distinct words of requests' texts, as {@link #document} asks for their analysed terms. */
    static List<String> wordsOf(WantedCriteria c) {
        String words = words(c.text());
        return words == null ? List.of() : List.of(words.split(" "));
    }

    /**
     * The percolator document of a request: its stored query (the words alone, as analysed terms) and its other
     * limits as plain fields (w_*) that the percolate search filters on exactly; absent limits hold a value that
     * every listing satisfies, so that each filter is a single range or term. The distance is checked exactly by
     * the service on what the search finds ({@link Candidate#reaches}); the geohash cells narrow it first.
     */
    ObjectNode document(WantedCriteria c, java.util.function.Function<String, Terms> analysed) {
        ObjectNode doc = json.createObjectNode();
        doc.set("query", percolatorQuery(c, analysed));
        doc.put("w_id", c.id().toString());
        doc.put("w_org", c.organisationId().toString());
        doc.put("w_group", c.organisationGroup());
        doc.put("w_category", c.categoryId() == null ? ANY : c.categoryId().toString());
        doc.put("w_condition_max", c.conditionMax() == null ? NO_MAX : c.conditionMax());
        bounds(doc, "length", c.length());
        bounds(doc, "width", c.width());
        bounds(doc, "height", c.height());
        doc.put("w_price_max", c.priceMaxSek() == null ? NO_PRICE_MAX : c.priceMaxSek().doubleValue());
        doc.put("w_needed_by", c.neededBy() == null ? NO_DATE : c.neededBy().toString());
        boolean distance = c.latitude() != null && c.longitude() != null && c.withinKm() != null;
        List<String> cells = distance ? GeoCells.covering(c.latitude(), c.longitude(), c.withinKm()) : null;
        ArrayNode list = doc.putArray("w_cells");
        if (cells == null) {
            list.add(ANY);
        } else {
            cells.forEach(list::add);
        }
        doc.put("w_key", distance
                ? c.id() + " " + c.latitude() + " " + c.longitude() + " " + c.withinKm()
                : c.id().toString());
        return doc;
    }

    private static void bounds(ObjectNode doc, String name, WantedCriteria.Range range) {
        boolean asked = range != null && !range.isOpen();
        doc.put("w_" + name + "_min", !asked ? NO_RANGE : range.min() == null ? 0 : range.min());
        doc.put("w_" + name + "_max", !asked || range.max() == null ? NO_MAX : range.max());
    }

    /**
     * The stored query: every word of the request in the listing's text ({@code match_text}, which the percolator
     * index fills from title, category names, material and description), each word as the terms the index made of
     * it when the request was stored. No analysis happens when a listing is percolated, and a request of one word
     * is matched from its indexed terms alone; one without words matches every listing (its fields decide).
     */
    ObjectNode percolatorQuery(WantedCriteria c, java.util.function.Function<String, Terms> analysed) {
        ArrayNode must = json.createArrayNode();
        for (String word : wordsOf(c)) {
            Terms terms = analysed.apply(word);
            if (terms.asksNothing()) {
                continue;
            }
            ObjectNode either = json.createObjectNode();
            ArrayNode should = either.putObject("bool").putArray("should");
            ArrayNode sv = should.addObject().putObject("terms").putArray("match_text");
            terms.sv().forEach(sv::add);
            ArrayNode en = should.addObject().putObject("terms").putArray("match_text.en");
            terms.en().forEach(en::add);
            must.add(either);
        }
        ObjectNode root = json.createObjectNode();
        if (must.isEmpty()) {
            root.putObject("match_all");
        } else if (must.size() == 1) {
            root.setAll((ObjectNode) must.get(0));
        } else {
            root.putObject("bool").set("filter", must);
        }
        return root;
    }

    /**
     * The request as a query on listing documents, for its ranked matches. {@code widenMm} widens each dimension
     * range by that much on both sides (or a tenth of the bound, if more), so that near misses are found too.
     */
    ObjectNode listingQuery(WantedCriteria c, int widenMm) {
        ObjectNode root = json.createObjectNode();
        ObjectNode bool = root.putObject("bool");
        String words = words(c.text());
        if (words != null) {
            // every word, in any of the fields, in Swedish or in English: what the stored query in the percolator
            // index asks (percolatorQuery), so that a listing that alerted is among the ranked matches
            ArrayNode must = bool.putArray("must");
            for (String word : words.split(" ")) {
                ObjectNode either = must.addObject().putObject("bool");
                ArrayNode should = either.putArray("should");
                for (String field : SV_FIELDS) {
                    String[] named = field.split("\\^");
                    ObjectNode match = should.addObject().putObject("match").putObject(named[0]);
                    // sv_index splits compounds like the index does, so "innerdörr" also asks for "dörr"
                    match.put("query", word).put("analyzer", "sv_index").put("zero_terms_query", "all");
                    if (named.length > 1) {
                        match.put("boost", Double.parseDouble(named[1]));
                    }
                }
                for (String field : EN_FIELDS) {
                    String[] named = field.split("\\^");
                    ObjectNode match = should.addObject().putObject("match").putObject(named[0]);
                    match.put("query", word).put("zero_terms_query", "all");
                }
                either.put("minimum_should_match", 1);
            }
        }
        ArrayNode filter = bool.putArray("filter");
        if (c.categoryId() != null) {
            filter.addObject().putObject("term").put("category_path", c.categoryId().toString());
        }
        if (c.conditionMax() != null) {
            filter.addObject().putObject("range").putObject("condition").put("lte", c.conditionMax());
        }
        range(filter, "length_mm", c.length(), widenMm);
        range(filter, "width_mm", c.width(), widenMm);
        range(filter, "height_mm", c.height(), widenMm);
        if (c.priceMaxSek() != null) {
            // free counts as 0; "on request" may still be within the budget, so it is not left out
            ObjectNode price = filter.addObject().putObject("bool");
            ArrayNode either = price.putArray("should");
            either.addObject().putObject("range").putObject("price_sek").put("lte", c.priceMaxSek());
            either.addObject().putObject("term").put("price_kind", "ON_REQUEST");
            price.put("minimum_should_match", 1);
        }
        if (c.latitude() != null && c.longitude() != null && c.withinKm() != null) {
            ObjectNode distance = filter.addObject().putObject("geo_distance");
            distance.put("distance", c.withinKm() + "km");
            distance.putObject("location").put("lat", c.latitude()).put("lon", c.longitude());
        }
        if (c.neededBy() != null) {
            ObjectNode either = filter.addObject().putObject("bool");
            ArrayNode should = either.putArray("should");
            should.addObject().putObject("bool").putArray("must_not").addObject().putObject("exists")
                    .put("field", "available_from");
            should.addObject().putObject("range").putObject("available_from").put("lte", c.neededBy().toString());
            either.put("minimum_should_match", 1);
        }
        if (filter.isEmpty()) {
            bool.remove("filter");
        }
        if (words == null && filter.isEmpty()) {
            bool.putArray("must").addObject().putObject("match_all");
        }
        return root;
    }

    /**
     * A percolate search for one listing document: the stored queries it satisfies, of requests that may see it
     * (a listing visible only inside its organisation group goes to that group's requests alone), never its own
     * organisation's, and only those whose limits it meets: category on the listing's path or none, condition,
     * each dimension, price, date, and a geohash cell the request's circle may reach. Each limit is one range or
     * term on the request's own fields, applied before the percolator looks at a stored query. Nothing is fetched:
     * the requests found are the buckets of a terms aggregation on {@code w_key} (the fetch phase would run every
     * hit's stored query a second time), of which {@link Candidate#reaches} keeps those within their distance.
     */
    ObjectNode percolate(ObjectNode listing, List<UUID> categoryPath, UUID organisationId, String groupOnly,
                         int size) {
        ObjectNode body = json.createObjectNode();
        body.put("size", 0);
        body.put("track_total_hits", false);
        ObjectNode bool = body.putObject("query").putObject("bool");
        ArrayNode filter = bool.putArray("filter");
        filter.addObject().putObject("percolate").put("field", "query").set("document", percolated(listing));
        ArrayNode categories = filter.addObject().putObject("terms").putArray("w_category");
        categoryPath.forEach(id -> categories.add(id.toString()));
        categories.add(ANY);
        if (groupOnly != null) {
            filter.addObject().putObject("term").put("w_group", groupOnly);
        }
        if (organisationId != null) {
            bool.putArray("must_not").addObject().putObject("term").put("w_org", organisationId.toString());
        }
        JsonNode condition = listing.path("condition");
        atLeast(filter, "w_condition_max", condition.isNumber() ? condition : json.getNodeFactory().numberNode(NO_MAX));
        for (String name : List.of("length", "width", "height")) {
            JsonNode value = listing.path(name + "_mm");
            if (value.isNumber()) {
                filter.addObject().putObject("range").putObject("w_" + name + "_min").set("lte", value);
                atLeast(filter, "w_" + name + "_max", value);
            } else {
                // a request with this dimension never matches a listing without it
                filter.addObject().putObject("range").putObject("w_" + name + "_min").put("lte", NO_RANGE);
            }
        }
        String priceKind = listing.path("price_kind").asText();
        JsonNode price = listing.path("price_sek");
        if ("FIXED".equals(priceKind) || "FREE".equals(priceKind)) {
            // free counts as 0; "on request" may still be within any budget
            atLeast(filter, "w_price_max", price.isNumber() ? price : json.getNodeFactory().numberNode(NO_PRICE_MAX));
        }
        if (listing.path("available_from").isTextual()) {
            atLeast(filter, "w_needed_by", listing.path("available_from"));
        }
        JsonNode location = listing.path("location");
        ArrayNode cells = filter.addObject().putObject("terms").putArray("w_cells");
        if (location.has("lat") && location.has("lon")) {
            cells.add(GeoCells.cell(location.path("lat").asDouble(), location.path("lon").asDouble()));
        }
        cells.add(ANY);
        body.putObject("aggs").putObject("requests").putObject("terms").put("field", "w_key").put("size", size)
                .put("execution_hint", "map");
        return body;
    }

    /**
     * The document percolated: the listing's words (title, category names, material, description) in the one
     * field the stored queries ask, which the index analyses in Swedish (with compound parts) and in English.
     */
    ObjectNode percolated(ObjectNode listing) {
        ObjectNode doc = json.createObjectNode();
        ArrayNode text = doc.putArray("match_text");
        for (String field : List.of("title", "category_names", "material", "description")) {
            JsonNode value = listing.path(field);
            if (value.isArray()) {
                value.forEach(v -> text.add(v.asText()));
            } else if (value.isTextual()) {
                text.add(value.asText());
            }
        }
        return doc;
    }

    /** The request's limit (a maximum, or its no-limit value) is at least the listing's value. */
    private static void atLeast(ArrayNode filter, String field, JsonNode value) {
        filter.addObject().putObject("range").putObject(field).set("gte", value);
    }

    private void range(ArrayNode filter, String field, WantedCriteria.Range range, int widenMm) {
        if (range == null || range.isOpen()) {
            return;
        }
        ObjectNode bounds = filter.addObject().putObject("range").putObject(field);
        if (range.min() != null) {
            bounds.put("gte", Math.max(0, range.min() - widen(range.min(), widenMm)));
        }
        if (range.max() != null) {
            bounds.put("lte", range.max() + widen(range.max(), widenMm));
        }
    }

    /** Near misses: the given millimetres, or a tenth of the bound if that is more. */
    private static int widen(int bound, int widenMm) {
        return widenMm == 0 ? 0 : Math.max(widenMm, bound / 10);
    }

}
