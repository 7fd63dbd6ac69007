package se.kretslopp.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import se.kretslopp.common.Today;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the search engine's JSON for listing searches. Only query DSL that Elasticsearch 8/9 and OpenSearch 2/3
 * share: bool, multi_match (cross_fields, best_fields with fuzziness, bool_prefix), match, match_phrase, term(s),
 * range, exists, geo_distance, geo_bounding_box, filter/terms/geotile_grid/geo_centroid aggregations, post_filter, highlight,
 * search_after, collapse. The text part is {@link ListingTextQuery}'s; the analysis it relies on (synonym_graph,
 * stop, stemmer, dictionary_decompounder, search_as_you_type) exists in both engines too.
 */
final class ListingQueryBuilder {

    /** Statuses the marketplace shows; drafts, withdrawn, expired and handed-over listings are never found. */
    static final List<String> SEARCHABLE = List.of("PUBLISHED", "RESERVED");
    static final List<String> SOURCE = List.of("id", "title", "description", "category_id", "category_code",
            "material", "quantity", "unit", "length_mm", "width_mm", "height_mm", "condition", "price_kind",
            "price_sek", "city", "location", "organisation_id", "organisation_code", "organisation_name",
            "thumbnail_url", "available_from", "published_at", "status", "visibility", "public_from");
    static final int DEFAULT_CATEGORY_FACETS = 100;
    static final int DEFAULT_MATERIAL_FACETS = 20;
    private final ObjectMapper json;
    private final ListingTextQuery text;

    ListingQueryBuilder(ObjectMapper json) {
        this.json = json;
        this.text = new ListingTextQuery(json, QueryWords.fromFiles());
    }

    /**
     * A page of results with highlights and facets. The facet filters (category, material, condition,
     * organisation) go into {@code post_filter}, and each facet is counted with all filters but its own: ticking
     * one material still shows how many the other materials would add.
     */
    ObjectNode search(ListingQuery query, Viewer viewer, JsonNode searchAfter) {
        return search(query, viewer, searchAfter, DEFAULT_CATEGORY_FACETS, DEFAULT_MATERIAL_FACETS);
    }

    /** The same with the number of category and material facet values to count. */
    ObjectNode search(ListingQuery query, Viewer viewer, JsonNode searchAfter, int categoryFacets,
                      int materialFacets) {
        ObjectNode body = json.createObjectNode();
        body.put("size", query.size());
        if (searchAfter == null) {
            body.put("from", query.page() * query.size());
        } else {
            body.set("search_after", searchAfter);
        }
        body.put("track_total_hits", true);
        Map<String, ObjectNode> facetFilters = facetFilters(query);
        body.set("query", query(query, viewer, false));
        if (!facetFilters.isEmpty()) {
            ArrayNode all = body.putObject("post_filter").putObject("bool").putArray("filter");
            facetFilters.values().forEach(all::add);
        }
        body.set("sort", sort(query));
        ArrayNode source = body.putArray("_source");
        SOURCE.forEach(source::add);
        if (query.hasText()) {
            ObjectNode highlight = body.putObject("highlight");
            highlight.putArray("pre_tags").add("<mark>");
            highlight.putArray("post_tags").add("</mark>");
            highlight.put("encoder", "html");
            ObjectNode fields = highlight.putObject("fields");
            fields.putObject("title").put("number_of_fragments", 0);
            fields.putObject("description").put("fragment_size", 160).put("number_of_fragments", 1);
        }
        ObjectNode aggs = body.putObject("aggs");
        facet(aggs, "category", facetFilters).put("field", "category_id").put("size", categoryFacets);
        facet(aggs, "material", facetFilters).put("field", "material.keyword").put("size", materialFacets);
        facet(aggs, "condition", facetFilters).put("field", "condition").put("size", 4)
                .putObject("order").put("_key", "asc");
        facet(aggs, "organisation", facetFilters).put("field", "organisation_code").put("size", 20);
        ((ObjectNode) aggs.at("/organisation/aggs/values")).putObject("aggs").putObject("name").putObject("terms")
                .put("field", "organisation_name").put("size", 1);
        return body;
    }

    /** A facet's terms aggregation, inside a filter aggregation holding every facet filter but its own. */
    private ObjectNode facet(ObjectNode aggs, String name, Map<String, ObjectNode> facetFilters) {
        ObjectNode facet = aggs.putObject(name);
        ArrayNode others = facet.putObject("filter").putObject("bool").putArray("filter");
        facetFilters.forEach((facetName, filter) -> {
            if (!facetName.equals(name)) {
                others.add(filter);
            }
        });
        return facet.putObject("aggs").putObject("values").putObject("terms");
    }

    /** The filters that have a facet, by facet name. */
    private Map<String, ObjectNode> facetFilters(ListingQuery q) {
        Map<String, ObjectNode> filters = new LinkedHashMap<>();
        if (q.category() != null) {
            ObjectNode term = json.createObjectNode();
            term.putObject("term").put("category_path", q.category().toString());
            filters.put("category", term);
        }
        if (!q.materials().isEmpty()) {
            ObjectNode terms = json.createObjectNode();
            ArrayNode values = terms.putObject("terms").putArray("material.keyword");
            q.materials().forEach(m -> values.add(m.toLowerCase(java.util.Locale.ROOT)));
            filters.put("material", terms);
        }
        if (q.conditionMax() != null) {
            ObjectNode range = json.createObjectNode();
            range.putObject("range").putObject("condition").put("lte", q.conditionMax());
            filters.put("condition", range);
        }
        if (!q.organisations().isEmpty()) {
            ObjectNode terms = json.createObjectNode();
            ArrayNode values = terms.putObject("terms").putArray("organisation_code");
            q.organisations().forEach(values::add);
            filters.put("organisation", terms);
        }
        return filters;
    }

    /** Points when few, clusters on a geotile grid of the given precision otherwise. */
    ObjectNode map(ListingQuery query, Viewer viewer, int points, int precision, double[] box) {
        ObjectNode body = json.createObjectNode();
        body.put("size", points);
        body.put("track_total_hits", true);
        ObjectNode bool = query(query, viewer, true);
        ArrayNode filter = (ArrayNode) bool.path("bool").path("filter");
        filter.add(exists("location"));
        if (box != null) {
            ObjectNode bounds = filter.addObject().putObject("geo_bounding_box").putObject("location");
            bounds.putObject("top_left").put("lat", box[0]).put("lon", box[1]);
            bounds.putObject("bottom_right").put("lat", box[2]).put("lon", box[3]);
        }
        body.set("query", bool);
        body.putArray("sort").addObject().put("id", "asc");
        ArrayNode source = body.putArray("_source");
        List.of("id", "title", "location", "condition", "price_kind", "price_sek").forEach(source::add);
        ObjectNode cells = body.putObject("aggs").putObject("cells");
        cells.putObject("geotile_grid").put("field", "location").put("precision", precision).put("size", 2000);
        cells.putObject("aggs").putObject("centre").putObject("geo_centroid").put("field", "location");
        return body;
    }

    /**
     * Titles of visible listings with a word, or a compound's part, that starts like the typed text ("dör" finds
     * "Innerdörrar"; "dörrar" too), one per distinct title; titles that start with it first.
     */
    ObjectNode suggest(String prefix, Viewer viewer, int size) {
        ObjectNode body = json.createObjectNode();
        body.put("size", size);
        ObjectNode bool = body.putObject("query").putObject("bool");
        ObjectNode match = bool.putArray("must").addObject().putObject("multi_match");
        match.put("query", prefix).put("type", "bool_prefix");
        match.putArray("fields").add("title.suggest^2").add("title.suggest._2gram^2").add("title.suggest._3gram^2")
                .add("title.parts").add("title.parts._2gram");
        bool.set("filter", visibility(viewer));
        body.putObject("collapse").put("field", "title.raw");
        body.putArray("_source").add("id").add("title");
        return body;
    }

    /** The text query and the filters; the facet filters too when asked (the map has no facets). */
    private ObjectNode query(ListingQuery q, Viewer viewer, boolean withFacetFilters) {
        ObjectNode root = json.createObjectNode();
        ObjectNode bool = root.putObject("bool");
        if (q.hasText()) {
            text.addTo(q.text(), bool.putArray("must"), bool.putArray("should"));
        }
        ArrayNode filter = visibility(viewer);
        bool.set("filter", filter);
        if (withFacetFilters) {
            facetFilters(q).values().forEach(filter::add);
        }
        if (q.minQuantity() != null) {
            filter.addObject().putObject("range").putObject("quantity").put("gte", q.minQuantity());
        }
        if (q.freeOnly()) {
            filter.addObject().putObject("term").put("price_kind", "FREE");
        }
        if (q.priceMax() != null) {
            filter.addObject().putObject("range").putObject("price_sek").put("lte", q.priceMax());
        }
        range(filter, "length_mm", q.length());
        range(filter, "width_mm", q.width());
        range(filter, "height_mm", q.height());
        if (q.hasPoint() && q.withinKm() != null) {
            ObjectNode distance = filter.addObject().putObject("geo_distance");
            distance.put("distance", q.withinKm() + "km");
            distance.putObject("location").put("lat", q.lat()).put("lon", q.lon());
        }
        if (q.sort() == ListingQuery.Sort.distance) {
            filter.add(exists("location"));
        }
        if (q.availableBy() != null) {
            ObjectNode either = filter.addObject().putObject("bool");
            ArrayNode should = either.putArray("should");
            should.addObject().putObject("bool").putArray("must_not").add(exists("available_from"));
            should.addObject().putObject("range").putObject("available_from").put("lte", q.availableBy().toString());
            either.put("minimum_should_match", 1);
        }
        if (q.storageSite() != null) {
            filter.addObject().putObject("term").put("storage_site_id", q.storageSite().toString());
        }
        return root;
    }

    /**
     * What this viewer may see: published (or reserved) listings that have not expired, and of those the public
     * ones, the internal ones whose public day has come, and, for a signed-in person, the internal ones of their
     * own organisation and of its group.
     */
    ArrayNode visibility(Viewer viewer) {
        ArrayNode filter = json.createArrayNode();
        ArrayNode statuses = filter.addObject().putObject("terms").putArray("status");
        SEARCHABLE.forEach(statuses::add);
        ObjectNode notExpired = filter.addObject().putObject("bool");
        ArrayNode open = notExpired.putArray("should");
        open.addObject().putObject("bool").putArray("must_not").add(exists("expires_on"));
        open.addObject().putObject("range").putObject("expires_on").put("gte", "now/d")
                .put("time_zone", Today.ZONE.getId());
        notExpired.put("minimum_should_match", 1);
        ObjectNode audience = filter.addObject().putObject("bool");
        ArrayNode who = audience.putArray("should");
        who.addObject().putObject("term").put("visibility", "PUBLIC");
        who.addObject().putObject("range").putObject("public_from").put("lte", "now/d")
                .put("time_zone", Today.ZONE.getId());
        if (!viewer.anonymous()) {
            who.addObject().putObject("term").put("organisation_id", viewer.organisationId().toString());
            if (viewer.group() != null) {
                who.addObject().putObject("term").put("org_group", viewer.group());
            }
        }
        audience.put("minimum_should_match", 1);
        return filter;
    }

    private ArrayNode sort(ListingQuery q) {
        ArrayNode sort = json.createArrayNode();
        switch (q.sort()) {
            case relevance -> {
                sort.add("_score");
                sort.addObject().put("published_at", "desc");
            }
            case newest -> sort.addObject().put("published_at", "desc");
            case price -> sort.addObject().putObject("price_sek").put("order", "asc").put("missing", "_last");
            case distance -> {
                ObjectNode geo = sort.addObject().putObject("_geo_distance");
                geo.putObject("location").put("lat", q.lat()).put("lon", q.lon());
                geo.put("order", "asc").put("unit", "km");
            }
        }
        sort.addObject().put("id", "asc");
        return sort;
    }

    private void range(ArrayNode filter, String field, ListingQuery.Range range) {
        if (range == null || range.isOpen()) {
            return;
        }
        ObjectNode bounds = filter.addObject().putObject("range").putObject(field);
        if (range.min() != null) {
            bounds.put("gte", range.min());
        }
        if (range.max() != null) {
            bounds.put("lte", range.max());
        }
    }

    private ObjectNode exists(String field) {
        ObjectNode exists = json.createObjectNode();
        exists.putObject("exists").put("field", field);
        return exists;
    }
}
