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
 * Builds the stored query of a wanted request and the percolate searches. The stored query asks what the search
 * page asks for the same filters (category with its sub-categories, condition, dimensions, price, distance,
 * availability date), so a saved search and its request find the same listings; only the words differ a little:
 * they are split into compound parts at query time too ("innerdörr" finds "dörrar"), and numbers and dimension
 * expressions such as "9x21" or "900 mm" are left out of the words (the dimension ranges say them). Only DSL that
 * Elasticsearch 8/9 and OpenSearch 2/3 share: bool, match, term(s), range, exists, geo_distance, percolate.
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

    /** The percolator document of a request: its stored query and the fields percolate searches filter on. */
    ObjectNode document(WantedCriteria c) {
        ObjectNode doc = json.createObjectNode();
        doc.set("query", storedQuery(c, 0));
        doc.put("w_id", c.id().toString());
        doc.put("w_org", c.organisationId().toString());
        doc.put("w_group", c.organisationGroup());
        doc.put("w_category", c.categoryId() == null ? null : c.categoryId().toString());
        doc.put("w_future", c.acceptFuture());
        // the request's structured limits again, as plain fields: the percolate search filters on them before the
        // percolator verifies a single stored query (verifying costs about a millisecond a query; filtering does not)
        if (c.conditionMax() != null) {
            doc.put("w_condition_max", c.conditionMax());
        }
        bounds(doc, "length", c.length());
        bounds(doc, "width", c.width());
        bounds(doc, "height", c.height());
        if (c.priceMaxSek() != null) {
            doc.put("w_price_max", c.priceMaxSek());
        }
        if (c.neededBy() != null) {
            doc.put("w_needed_by", c.neededBy().toString());
        }
        if (c.latitude() != null && c.longitude() != null && c.withinKm() != null) {
            List<String> cells = GeoCells.covering(c.latitude(), c.longitude(), c.withinKm());
            if (cells != null) {
                ArrayNode list = doc.putArray("w_cells");
                cells.forEach(list::add);
            }
        }
        return doc;
    }

    private static void bounds(ObjectNode doc, String name, WantedCriteria.Range range) {
        if (range != null && range.min() != null) {
            doc.put("w_" + name + "_min", range.min());
        }
        if (range != null && range.max() != null) {
            doc.put("w_" + name + "_max", range.max());
        }
    }

    /**
     * The request as a query on listing documents. {@code widenMm} widens each dimension range by that much on
     * both sides (0 for the stored query; the ranked matches also show near misses and say how far off they are).
     */
    ObjectNode storedQuery(WantedCriteria c, int widenMm) {
        ObjectNode root = json.createObjectNode();
        ObjectNode bool = root.putObject("bool");
        String words = words(c.text());
        if (words != null) {
            // every word, in any of the fields: a conjunction of per-word disjunctions of match queries, which the
            // percolator can index by their terms (a cross_fields multi_match it cannot, and then every listing
            // would have to run every such request)
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
     * organisation's, and only those whose category is on the listing's category path or who named none.
     */
    ObjectNode percolate(ObjectNode listing, List<UUID> categoryPath, UUID organisationId, String groupOnly,
                         boolean futureOnly, int size) {
        ObjectNode body = percolateBody(listing, categoryPath, organisationId, groupOnly, futureOnly, size);
        ArrayNode filter = (ArrayNode) body.at("/query/bool/filter");
        atMost(filter, "w_condition_max", listing.path("condition"), true);
        for (String name : List.of("length", "width", "height")) {
            JsonNode value = listing.path(name + "_mm");
            if (value.isNumber()) {
                atMost(filter, "w_" + name + "_min", value, false);
                atMost(filter, "w_" + name + "_max", value, true);
            } else {
                // a request with this dimension never matches a listing without it
                ObjectNode none = filter.addObject().putObject("bool");
                none.putArray("must_not").addObject().putObject("exists").put("field", "w_" + name + "_min");
                none.withArray("must_not").addObject().putObject("exists").put("field", "w_" + name + "_max");
            }
        }
        if ("FIXED".equals(listing.path("price_kind").asText()) && listing.path("price_sek").isNumber()) {
            atMost(filter, "w_price_max", listing.path("price_sek"), true);
        }
        if (listing.path("available_from").isTextual()) {
            atMost(filter, "w_needed_by", listing.path("available_from"), true);
        }
        JsonNode location = listing.path("location");
        if (location.has("lat") && location.has("lon")) {
            ObjectNode either = filter.addObject().putObject("bool");
            ArrayNode should = either.putArray("should");
            should.addObject().putObject("term").put("w_cells",
                    GeoCells.cell(location.path("lat").asDouble(), location.path("lon").asDouble()));
            should.addObject().putObject("bool").putArray("must_not").addObject().putObject("exists")
                    .put("field", "w_cells");
            either.put("minimum_should_match", 1);
        } else {
            filter.addObject().putObject("bool").putArray("must_not").addObject().putObject("exists")
                    .put("field", "w_cells");
        }
        return body;
    }

    /**
     * The request's limit is absent, or on the listing's side of its value: {@code limitAtLeastValue} for a maximum
     * (the request's maximum must be at least the listing's value), otherwise for a minimum.
     */
    private static void atMost(ArrayNode filter, String field, JsonNode value, boolean limitAtLeastValue) {
        if (value == null || value.isMissingNode() || value.isNull()) {
            return;
        }
        ObjectNode either = filter.addObject().putObject("bool");
        ArrayNode should = either.putArray("should");
        ObjectNode range = should.addObject().putObject("range").putObject(field);
        range.set(limitAtLeastValue ? "gte" : "lte", value);
        should.addObject().putObject("bool").putArray("must_not").addObject().putObject("exists").put("field", field);
        either.put("minimum_should_match", 1);
    }

    private ObjectNode percolateBody(ObjectNode listing, List<UUID> categoryPath, UUID organisationId,
                                     String groupOnly, boolean futureOnly, int size) {
        ObjectNode body = json.createObjectNode();
        body.put("size", size);
        body.put("_source", false);
        ObjectNode bool = body.putObject("query").putObject("bool");
        ArrayNode filter = bool.putArray("filter");
        filter.addObject().putObject("percolate").put("field", "query").set("document", listing);
        ObjectNode category = filter.addObject().putObject("bool");
        ArrayNode should = category.putArray("should");
        ArrayNode ids = should.addObject().putObject("terms").putArray("w_category");
        categoryPath.forEach(id -> ids.add(id.toString()));
        should.addObject().putObject("bool").putArray("must_not").addObject().putObject("exists")
                .put("field", "w_category");
        category.put("minimum_should_match", 1);
        if (groupOnly != null) {
            filter.addObject().putObject("term").put("w_group", groupOnly);
        }
        if (futureOnly) {
            filter.addObject().putObject("term").put("w_future", true);
        }
        if (organisationId != null) {
            bool.putArray("must_not").addObject().putObject("term").put("w_org", organisationId.toString());
        }
        return body;
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
