package se.kretslopp.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The type-ahead mix: what the search box sends while someone types ({@code GET /api/v1/search/suggest?q=...},
 * anonymous), and the JSON the service sends to the search node for it ({@code POST /kretslopp-listings/_search}).
 *
 * <p>KEEP IN SYNC: {@link #engineBody} is a copy of {@code se.kretslopp.search.ListingQueryBuilder#suggest} for the
 * anonymous viewer, as {@code ListingSearchService.suggest} calls it (the stripped text, 8 titles). The service also
 * matches category names in memory; that costs no engine work and has no raw counterpart. The benchmark checks
 * before measuring that both name the same listings in the same order for every prefix.
 */
final class Suggestions {

    /** ListingSearchService.suggest asks for this many titles. */
    static final int SIZE = 8;

    private Suggestions() {
    }

    /** Prefixes as they are typed: short ones that match much, longer ones, a compound's part, a typo-free word. */
    static List<String> mix() {
        return List.of("d", "dö", "dör", "dörr", "fö", "fön", "fönst", "tak", "takp", "inne", "innerd", "radi",
                "tegel", "ek", "lim", "parkett", "kök", "stål", "golv", "trapp");
    }

    static String query(String prefix) {
        return "q=" + URLEncoder.encode(prefix, StandardCharsets.UTF_8).replace("+", "%20");
    }

    static ObjectNode engineBody(ObjectMapper json, String prefix) {
        ObjectNode body = json.createObjectNode();
        body.put("size", SIZE);
        ObjectNode bool = body.putObject("query").putObject("bool");
        ObjectNode match = bool.putArray("must").addObject().putObject("multi_match");
        match.put("query", prefix.strip()).put("type", "bool_prefix");
        match.putArray("fields").add("title.suggest^2").add("title.suggest._2gram^2").add("title.suggest._3gram^2")
                .add("title.parts").add("title.parts._2gram");
        bool.set("filter", Queries.visibility(json));
        body.putObject("collapse").put("field", "title.raw");
        body.putArray("_source").add("id").add("title");
        return body;
    }
}
