package se.kretslopp.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The fixed mix of marketplace searches, each both as the service's URL ({@code GET /api/v1/search/listings?...},
 * anonymous) and as the JSON the service sends to the search node for it ({@code POST /kretslopp-listings/_search}).
 *
 * <p>KEEP IN SYNC: {@link #engineBody} is a copy of {@code se.kretslopp.search.ListingQueryBuilder#search} for the
 * anonymous viewer (with the parameter parsing of {@code SearchParams}), field for field and in the same order. The
 * benchmark checks before every measurement that both answers name the same total and the same listings in the
 * same order for every query, and stops when they do not.
 */
final class Queries {

    /** Category ids are fixed by V3__category_seed.sql: 7c0e0000-0000-4000-8000-0000000GGKK. */
    static final String DOORS = "7c0e0000-0000-4000-8000-000000000100";
    static final String BRICKS_AND_TILES = "7c0e0000-0000-4000-8000-000000000300";
    static final String RADIATORS_PLUMBING = "7c0e0000-0000-4000-8000-000000001000";
    /** Kalmar centre and Färjestaden (Öland), as the demo generator places them. */
    static final String[] KALMAR = {"56.6745", "16.3230"};
    static final String[] FARJESTADEN = {"56.6520", "16.4760"};

    /** Today.ZONE: "now/d" is the Swedish day. */
    private static final String ZONE = "Europe/Stockholm";
    /**
     * ListingSearchService counts max(DEFAULT_CATEGORY_FACETS, number of categories) category values: the seed has
     * fewer than 100 categories, so 100.
     */
    static final int CATEGORY_FACETS = 100;
    /** ListingQueryBuilder.DEFAULT_MATERIAL_FACETS; a search may ask for more with materialFacets. */
    static final int MATERIAL_FACETS = 20;
    private static final List<String> SEARCHABLE = List.of("PUBLISHED", "RESERVED");
    private static final List<String> SOURCE = List.of("id", "title", "description", "category_id", "category_code",
            "material", "quantity", "unit", "length_mm", "width_mm", "height_mm", "condition", "price_kind",
            "price_sek", "city", "location", "organisation_id", "organisation_code", "organisation_name",
            "thumbnail_url", "available_from", "published_at", "status", "visibility", "public_from");

    /** One search of the mix: a name for the report and its query parameters in URL order. */
    record Search(String name, Map<String, List<String>> params) {

        String queryString() {
            StringJoiner joiner = new StringJoiner("&");
            params.forEach((key, values) -> values.forEach(value -> joiner.add(
                    URLEncoder.encode(key, StandardCharsets.UTF_8) + "="
                            + URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20"))));
            return joiner.toString();
        }

        String one(String key) {
            List<String> values = params.get(key);
            return values == null || values.isEmpty() ? null : values.get(0);
        }

        List<String> all(String key) {
            return params.getOrDefault(key, List.of());
        }
    }

    private Queries() {
    }

    /** The mix: what people type and click on the search page, with filters, sorts and a second page. */
    static List<Search> mix() {
        String inAMonth = LocalDate.now().plusDays(30).toString();
        List<Search> list = new ArrayList<>();
        list.add(search("text dörr", "q", "dörr"));
        list.add(search("text fönster 3-glas", "q", "fönster 3-glas"));
        list.add(search("text takpannor", "q", "takpannor"));
        list.add(search("typo dörrr", "q", "dörrr"));
        list.add(search("typo fönstr", "q", "fönstr"));
        list.add(search("text ytterdörr ek", "q", "ytterdörr ek"));
        list.add(search("front page newest", "sort", "newest"));
        list.add(search("radiatorer condition<=2", "q", "radiatorer", "conditionMax", "2"));
        list.add(search("innerdörr price<=300", "q", "innerdörr", "priceMax", "300"));
        list.add(search("bricks+tiles free", "category", BRICKS_AND_TILES, "free", "true"));
        list.add(search("doors by price", "category", DOORS, "sort", "price"));
        list.add(search("limträ 30 km by distance", "q", "limträ", "lat", KALMAR[0], "lon", KALMAR[1],
                "withinKm", "30", "sort", "distance"));
        list.add(search("near Kalmar 10 km by distance", "lat", KALMAR[0], "lon", KALMAR[1], "withinKm", "10",
                "sort", "distance"));
        list.add(search("tegel near Färjestaden 20 km", "q", "tegel", "lat", FARJESTADEN[0], "lon", FARJESTADEN[1],
                "withinKm", "20"));
        list.add(search("stålbalkar material S235", "q", "stålbalkar", "material", "Stål S235"));
        list.add(search("kök from kalmarhem", "q", "kök", "organisation", "kalmarhem"));
        list.add(search("parkett page 2", "q", "parkett", "page", "1"));
        list.add(search("innerdörr width 800-900", "q", "innerdörr", "widthMin", "800", "widthMax", "900"));
        list.add(search("fönster available in 30 days", "q", "fönster", "availableBy", inAMonth));
        list.add(search("plumbing condition<=3 newest", "category", RADIATORS_PLUMBING, "conditionMax", "3",
                "sort", "newest"));
        return list;
    }

    private static Search search(String name, String... keyValues) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            params.computeIfAbsent(keyValues[i], k -> new ArrayList<>()).add(keyValues[i + 1]);
        }
        return new Search(name, params);
    }

    // ---- copy of ListingQueryBuilder.search (anonymous viewer, no searchAfter) --------------------------------

    static ObjectNode engineBody(ObjectMapper json, Search s) {
        String text = s.one("q") == null || s.one("q").isBlank() ? null : s.one("q").strip();
        int size = s.one("size") == null ? 20 : Integer.parseInt(s.one("size").trim());
        int page = s.one("page") == null ? 0 : Integer.parseInt(s.one("page").trim());
        String sort = s.one("sort") == null ? "relevance" : s.one("sort");
        Double lat = s.one("lat") == null ? null : new BigDecimal(s.one("lat").trim()).doubleValue();
        Double lon = s.one("lon") == null ? null : new BigDecimal(s.one("lon").trim()).doubleValue();

        ObjectNode body = json.createObjectNode();
        body.put("size", size);
        body.put("from", page * size);
        body.put("track_total_hits", true);
        Map<String, ObjectNode> facetFilters = facetFilters(json, s);
        body.set("query", query(json, s, text, lat, lon, sort));
        if (!facetFilters.isEmpty()) {
            ArrayNode all = body.putObject("post_filter").putObject("bool").putArray("filter");
            facetFilters.values().forEach(all::add);
        }
        body.set("sort", sort(json, sort, lat, lon));
        ArrayNode source = body.putArray("_source");
        SOURCE.forEach(source::add);
        if (text != null) {
            ObjectNode highlight = body.putObject("highlight");
            highlight.putArray("pre_tags").add("<mark>");
            highlight.putArray("post_tags").add("</mark>");
            highlight.put("encoder", "html");
            ObjectNode fields = highlight.putObject("fields");
            fields.putObject("title").put("number_of_fragments", 0);
            fields.putObject("description").put("fragment_size", 160).put("number_of_fragments", 1);
        }
        int materialFacets = s.one("materialFacets") == null ? MATERIAL_FACETS
                : Integer.parseInt(s.one("materialFacets").trim());
        ObjectNode aggs = body.putObject("aggs");
        facet(aggs, "category", facetFilters).put("field", "category_id").put("size", CATEGORY_FACETS);
        facet(aggs, "material", facetFilters).put("field", "material.keyword").put("size", materialFacets);
        facet(aggs, "condition", facetFilters).put("field", "condition").put("size", 4)
                .putObject("order").put("_key", "asc");
        facet(aggs, "organisation", facetFilters).put("field", "organisation_code").put("size", 20);
        ((ObjectNode) aggs.at("/organisation/aggs/values")).putObject("aggs").putObject("name").putObject("terms")
                .put("field", "organisation_name").put("size", 1);
        return body;
    }

    /** ListingQueryBuilder.facet: a terms aggregation inside a filter holding every facet filter but its own. */
    private static ObjectNode facet(ObjectNode aggs, String name, Map<String, ObjectNode> facetFilters) {
        ObjectNode facet = aggs.putObject(name);
        ArrayNode others = facet.putObject("filter").putObject("bool").putArray("filter");
        facetFilters.forEach((facetName, filter) -> {
            if (!facetName.equals(name)) {
                others.add(filter);
            }
        });
        return facet.putObject("aggs").putObject("values").putObject("terms");
    }

    /** ListingQueryBuilder.facetFilters: the filters that have a facet, by facet name (they go to post_filter). */
    private static Map<String, ObjectNode> facetFilters(ObjectMapper json, Search s) {
        Map<String, ObjectNode> filters = new LinkedHashMap<>();
        if (s.one("category") != null) {
            ObjectNode term = json.createObjectNode();
            term.putObject("term").put("category_path", s.one("category").trim());
            filters.put("category", term);
        }
        List<String> materials = list(s.all("material"));
        if (!materials.isEmpty()) {
            ObjectNode terms = json.createObjectNode();
            ArrayNode values = terms.putObject("terms").putArray("material.keyword");
            materials.forEach(m -> values.add(m.toLowerCase(Locale.ROOT)));
            filters.put("material", terms);
        }
        if (s.one("conditionMax") != null) {
            ObjectNode range = json.createObjectNode();
            range.putObject("range").putObject("condition").put("lte", Integer.valueOf(s.one("conditionMax").trim()));
            filters.put("condition", range);
        }
        List<String> organisations = list(s.all("organisation"));
        if (!organisations.isEmpty()) {
            ObjectNode terms = json.createObjectNode();
            ArrayNode values = terms.putObject("terms").putArray("organisation_code");
            organisations.forEach(values::add);
            filters.put("organisation", terms);
        }
        return filters;
    }

    /** The text query and the filters without a facet (ListingQueryBuilder.query without the facet filters). */
    private static ObjectNode query(ObjectMapper json, Search s, String text, Double lat, Double lon, String sort) {
        ObjectNode root = json.createObjectNode();
        ObjectNode bool = root.putObject("bool");
        if (text != null) {
            TextQuery.addTo(json, text, bool.putArray("must"), bool.putArray("should"));
        }
        ArrayNode filter = visibility(json);
        bool.set("filter", filter);
        if (s.one("minQuantity") != null) {
            filter.addObject().putObject("range").putObject("quantity")
                    .put("gte", new BigDecimal(s.one("minQuantity").trim()));
        }
        if ("true".equalsIgnoreCase(s.one("free"))) {
            filter.addObject().putObject("term").put("price_kind", "FREE");
        }
        if (s.one("priceMax") != null) {
            filter.addObject().putObject("range").putObject("price_sek")
                    .put("lte", new BigDecimal(s.one("priceMax").trim()));
        }
        range(filter, "length_mm", s.one("lengthMin"), s.one("lengthMax"));
        range(filter, "width_mm", s.one("widthMin"), s.one("widthMax"));
        range(filter, "height_mm", s.one("heightMin"), s.one("heightMax"));
        if (lat != null && lon != null && s.one("withinKm") != null) {
            Double within = new BigDecimal(s.one("withinKm").trim()).doubleValue();
            ObjectNode distance = filter.addObject().putObject("geo_distance");
            distance.put("distance", within + "km");
            distance.putObject("location").put("lat", lat).put("lon", lon);
        }
        if ("distance".equals(sort)) {
            filter.add(exists(json, "location"));
        }
        if (s.one("availableBy") != null) {
            ObjectNode either = filter.addObject().putObject("bool");
            ArrayNode should = either.putArray("should");
            should.addObject().putObject("bool").putArray("must_not").add(exists(json, "available_from"));
            should.addObject().putObject("range").putObject("available_from")
                    .put("lte", LocalDate.parse(s.one("availableBy").trim()).toString());
            either.put("minimum_should_match", 1);
        }
        if (s.one("storageSite") != null) {
            filter.addObject().putObject("term").put("storage_site_id", s.one("storageSite").trim());
        }
        return root;
    }

    /** ListingQueryBuilder.visibility for an anonymous viewer. */
    static ArrayNode visibility(ObjectMapper json) {
        ArrayNode filter = json.createArrayNode();
        ArrayNode statuses = filter.addObject().putObject("terms").putArray("status");
        SEARCHABLE.forEach(statuses::add);
        ObjectNode notExpired = filter.addObject().putObject("bool");
        ArrayNode open = notExpired.putArray("should");
        open.addObject().putObject("bool").putArray("must_not").add(exists(json, "expires_on"));
        open.addObject().putObject("range").putObject("expires_on").put("gte", "now/d").put("time_zone", ZONE);
        notExpired.put("minimum_should_match", 1);
        ObjectNode audience = filter.addObject().putObject("bool");
        ArrayNode who = audience.putArray("should");
        who.addObject().putObject("term").put("visibility", "PUBLIC");
        who.addObject().putObject("range").putObject("public_from").put("lte", "now/d").put("time_zone", ZONE);
        audience.put("minimum_should_match", 1);
        return filter;
    }

    private static ArrayNode sort(ObjectMapper json, String sortName, Double lat, Double lon) {
        ArrayNode sort = json.createArrayNode();
        switch (sortName) {
            case "relevance" -> {
                sort.add("_score");
                sort.addObject().put("published_at", "desc");
            }
            case "newest" -> sort.addObject().put("published_at", "desc");
            case "price" -> sort.addObject().putObject("price_sek").put("order", "asc").put("missing", "_last");
            case "distance" -> {
                ObjectNode geo = sort.addObject().putObject("_geo_distance");
                geo.putObject("location").put("lat", lat).put("lon", lon);
                geo.put("order", "asc").put("unit", "km");
            }
            default -> throw new IllegalArgumentException("unknown sort " + sortName);
        }
        sort.addObject().put("id", "asc");
        return sort;
    }

    private static void range(ArrayNode filter, String field, String min, String max) {
        if (min == null && max == null) {
            return;
        }
        ObjectNode bounds = filter.addObject().putObject("range").putObject(field);
        if (min != null) {
            bounds.put("gte", Integer.valueOf(min.trim()));
        }
        if (max != null) {
            bounds.put("lte", Integer.valueOf(max.trim()));
        }
    }

    private static ObjectNode exists(ObjectMapper json, String field) {
        ObjectNode exists = json.createObjectNode();
        exists.putObject("exists").put("field", field);
        return exists;
    }

    /** QueryParams.list: repeated or comma-separated values, trimmed, without empties, distinct. */
    private static List<String> list(List<String> values) {
        return values.stream().flatMap(v -> java.util.Arrays.stream(v.split(","))).map(String::trim)
                .filter(v -> !v.isEmpty()).distinct().toList();
    }
}
