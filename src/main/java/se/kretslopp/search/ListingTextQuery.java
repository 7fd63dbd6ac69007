package se.kretslopp.search;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text part of a listing search: what must match (ranked, not all-or-nothing) and what ranks a listing higher.
 * <ul>
 * <li>Required: most of the words ({@link #mostOf}). A word matches in the Swedish fields (the search analyzer adds
 * trade synonyms and stems), through its compound head ({@link QueryWords}, weighed less), with a typo on the
 * surface word, or in English. Noise words are left out, and so are numbers and dimensions ("dörr 9x21" asks for
 * doors and ranks 9x21 ones first).</li>
 * <li>Ranking: all words, the words as a phrase in the title, the exact (not split) words in title or own
 * category, and the dimensions in the title (in both forms: "900x2100" is also "9x21").</li>
 * </ul>
 * Field weights: title and own category high, material and description medium, parent category low (a roof-tile
 * query must not rank bricks, whose parent category is "Tegel och takpannor", with the roof tiles).
 */
final class ListingTextQuery {

    static final List<String> SV_FIELDS = List.of("title^3", "category_own^3", "material^1.5", "description",
            "category_parent^0.3");
    static final List<String> EN_FIELDS = List.of("title.en^3", "category_own.en^3", "description.en",
            "category_parent.en^0.3");
    static final List<String> SURFACE_FIELDS = List.of("title.surface^3", "category_own.surface^3",
            "material.surface^1.5", "description.surface");
    static final List<String> EXACT_FIELDS = List.of("title.exact^2", "category_own.exact^2");
    /** No typos in words under five letters, one up to eight, two from nine; the first two letters must be right. */
    static final String FUZZINESS = "AUTO:5,9";
    static final int PREFIX_LENGTH = 2;
    static final double HEAD_BOOST = 0.5;
    static final double TYPO_BOOST = 0.3;
    /** Dimensions as builders write them: modules "9x21", millimetres "900x2100", "900 x 2100". */
    private static final Pattern DIMENSION = Pattern.compile(
            "(?<![\\p{L}\\d])(\\d{1,4})\\s*[x×*]\\s*(\\d{1,4})(?![\\p{L}\\d])");

    private final ObjectMapper json;
    private final QueryWords queryWords;

    ListingTextQuery(ObjectMapper json, QueryWords queryWords) {
        this.json = json;
        this.queryWords = queryWords;
    }

    /** How many of n words must match: all of one or two, all but one of three to five, three quarters of more. */
    static int mostOf(int n) {
        if (n <= 2) {
            return n;
        }
        return n <= 5 ? n - 1 : (int) Math.ceil(n * 0.75);
    }

    /** The dimension expressions of the text, each in its written form and in the other (mm ↔ modules). */
    static Set<String> dimensions(String text) {
        Set<String> found = new LinkedHashSet<>();
        Matcher m = DIMENSION.matcher(text);
        while (m.find()) {
            int a = Integer.parseInt(m.group(1));
            int b = Integer.parseInt(m.group(2));
            found.add(a + "x" + b);
            if (a >= 100 && b >= 100) {
                found.add(Math.round(a / 100.0) + "x" + Math.round(b / 100.0));
            } else if (a < 100 && b < 100) {
                found.add(a * 100 + "x" + b * 100);
            }
        }
        return found;
    }

    /**
     * Adds the required clause to {@code must} and the ranking clauses to {@code should}. A text of noise words
     * alone requires nothing: it finds what the filters find.
     */
    void addTo(String text, ArrayNode must, ArrayNode should) {
        String wordsOnly = WantedQueryBuilder.words(text);
        List<QueryWords.Word> words = wordsOnly == null ? List.of() : queryWords.of(wordsOnly);
        Set<String> dimensions = dimensions(text);
        ObjectNode sized = null;
        if (!dimensions.isEmpty()) {
            sized = json.createObjectNode();
            sized.putObject("match").putObject("title.surface").put("query", String.join(" ", dimensions))
                    .put("boost", 2);
        }
        if (words.isEmpty()) {
            if (sized != null) {
                must.add(sized);
            }
            return;
        }
        ObjectNode required = must.addObject().putObject("bool");
        ArrayNode each = required.putArray("should");
        for (QueryWords.Word word : words) {
            ObjectNode either = each.addObject().putObject("bool");
            ArrayNode ways = either.putArray("should");
            // a stop word ("till", "med") asks nothing, so it is met by every listing rather than by none
            multiMatch(ways, word.text(), "cross_fields", SV_FIELDS).put("zero_terms_query", "all");
            if (word.head() != null) {
                multiMatch(ways, word.head(), "cross_fields", SV_FIELDS).put("boost", HEAD_BOOST);
            }
            multiMatch(ways, word.text(), "best_fields", SURFACE_FIELDS).put("fuzziness", FUZZINESS)
                    .put("prefix_length", PREFIX_LENGTH).put("max_expansions", 20).put("boost", TYPO_BOOST);
            multiMatch(ways, word.text(), "cross_fields", EN_FIELDS);
            either.put("minimum_should_match", 1);
        }
        required.put("minimum_should_match", mostOf(words.size()));

        String joined = String.join(" ", words.stream().map(QueryWords.Word::text).toList());
        multiMatch(should, joined, "cross_fields", SV_FIELDS).put("operator", "and");
        should.addObject().putObject("match_phrase").putObject("title").put("query", joined).put("slop", 1)
                .put("boost", 2);
        multiMatch(should, joined, "best_fields", EXACT_FIELDS).put("operator", "and").put("boost", 2);
        if (sized != null) {
            should.add(sized);
        }
    }

    private static ObjectNode multiMatch(ArrayNode into, String query, String type, List<String> fields) {
        ObjectNode match = into.addObject().putObject("multi_match");
        match.put("query", query).put("type", type);
        ArrayNode list = match.putArray("fields");
        fields.forEach(list::add);
        return match;
    }
}
