package se.kretslopp.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * KEEP IN SYNC: a copy of the service's {@code ListingTextQuery}, {@code QueryWords} and
 * {@code WantedQueryBuilder.words}, reading the same word files (the build copies {@code src/main/resources/search}
 * of the service onto this class path).
 */
final class TextQuery {

    private static final List<String> SV_FIELDS = List.of("title^3", "category_own^3", "material^1.5",
            "description", "category_parent^0.3");
    private static final List<String> EN_FIELDS = List.of("title.en^3", "category_own.en^3", "description.en",
            "category_parent.en^0.3");
    private static final List<String> SURFACE_FIELDS = List.of("title.surface^3", "category_own.surface^3",
            "material.surface^1.5", "description.surface");
    private static final List<String> EXACT_FIELDS = List.of("title.exact^2", "category_own.exact^2");
    private static final Pattern NUMBERISH = Pattern.compile(
            "(?iu)(?<![\\p{L}\\d])\\d+(?:[.,]\\d+)?(?:\\s*(?:mm|cm|dm|m2|m3|m|st|kg))?(?:\\s*[x×*]\\s*\\d+(?:[.,]\\d+)?(?:\\s*(?:mm|cm|dm|m))?)*(?![\\p{L}\\d])");
    private static final Pattern DIMENSION = Pattern.compile(
            "(?<![\\p{L}\\d])(\\d{1,4})\\s*[x×*]\\s*(\\d{1,4})(?![\\p{L}\\d])");
    private static final Locale SWEDISH = Locale.forLanguageTag("sv");
    private static final Set<String> DICTIONARY = new HashSet<>(lines("search/compound-words.txt"));
    private static final Set<String> NOISE = new HashSet<>(lines("search/noise-words.txt"));

    private TextQuery() {
    }

    static void addTo(ObjectMapper json, String text, ArrayNode must, ArrayNode should) {
        String stripped = NUMBERISH.matcher(text).replaceAll(" ").replaceAll("[\\s,;]+", " ").strip();
        List<String[]> words = new ArrayList<>();
        if (!stripped.isEmpty()) {
            for (String raw : stripped.split("\\s+")) {
                String word = raw.toLowerCase(SWEDISH).replaceAll("^[^\\p{L}\\d]+|[^\\p{L}\\d]+$", "");
                if (!word.isEmpty() && !NOISE.contains(word)) {
                    words.add(new String[]{word, head(word)});
                }
            }
        }
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
        for (String[] word : words) {
            ObjectNode either = each.addObject().putObject("bool");
            ArrayNode ways = either.putArray("should");
            multiMatch(ways, word[0], "cross_fields", SV_FIELDS).put("zero_terms_query", "all");
            if (word[1] != null) {
                multiMatch(ways, word[1], "cross_fields", SV_FIELDS).put("boost", 0.5);
            }
            multiMatch(ways, word[0], "best_fields", SURFACE_FIELDS).put("fuzziness", "AUTO:5,9")
                    .put("prefix_length", 2).put("max_expansions", 20).put("boost", 0.3);
            multiMatch(ways, word[0], "cross_fields", EN_FIELDS);
            either.put("minimum_should_match", 1);
        }
        int n = words.size();
        required.put("minimum_should_match", n <= 2 ? n : n <= 5 ? n - 1 : (int) Math.ceil(n * 0.75));
        String joined = String.join(" ", words.stream().map(w -> w[0]).toList());
        multiMatch(should, joined, "cross_fields", SV_FIELDS).put("operator", "and");
        should.addObject().putObject("match_phrase").putObject("title").put("query", joined).put("slop", 1)
                .put("boost", 2);
        multiMatch(should, joined, "best_fields", EXACT_FIELDS).put("operator", "and").put("boost", 2);
        if (sized != null) {
            should.add(sized);
        }
    }

    private static String head(String word) {
        if (word.contains("-")) {
            return null;
        }
        for (int start = 2; start <= word.length() - 3; start++) {
            if (DICTIONARY.contains(word.substring(start))) {
                return word.substring(start);
            }
        }
        return null;
    }

    private static Set<String> dimensions(String text) {
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

    private static ObjectNode multiMatch(ArrayNode into, String query, String type, List<String> fields) {
        ObjectNode match = into.addObject().putObject("multi_match");
        match.put("query", query).put("type", type);
        ArrayNode list = match.putArray("fields");
        fields.forEach(list::add);
        return match;
    }

    private static List<String> lines(String resource) {
        try (InputStream in = TextQuery.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + resource);
            }
            List<String> lines = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String entry = line.strip().toLowerCase(SWEDISH);
                if (!entry.isEmpty() && !entry.startsWith("#") && entry.length() >= 3) {
                    lines.add(entry);
                }
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
