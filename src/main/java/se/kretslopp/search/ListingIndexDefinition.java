package se.kretslopp.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The settings and mappings of the listings index: {@code search/listings-index.json}, with the word list of the
 * Swedish compound-word filter filled in from {@code search/compound-words.txt} and the Swedish category names, the
 * query-time synonyms from {@code search/synonyms.txt} and the query's noise words from
 * {@code search/noise-words.txt}. The files travel inside the index settings (not as files on the engine's nodes),
 * so Elasticsearch and OpenSearch take them alike and a reindex reloads them. The definition's hash goes into the
 * index's {@code _meta}, so a changed definition is noticed at start-up.
 */
final class ListingIndexDefinition {

    static final String RESOURCE = "search/listings-index.json";
    static final String WORDS = "search/compound-words.txt";
    static final String SYNONYMS = "search/synonyms.txt";
    static final String NOISE = "search/noise-words.txt";
    private static final Pattern WORD = Pattern.compile("[\\p{L}]{3,}");
    /** Words taken from category names need four letters: "och" and "för" are no parts of compounds. */
    private static final Pattern NAME_WORD = Pattern.compile("[\\p{L}]{4,}");

    private final ObjectNode body;
    private final String hash;

    private ListingIndexDefinition(ObjectNode body, String hash) {
        this.body = body;
        this.hash = hash;
    }

    /** The definition with the compound words of the file and of these category names. */
    static ListingIndexDefinition build(ObjectMapper json, Collection<String> categoryNames) {
        ObjectNode body = (ObjectNode) read(json, RESOURCE);
        TreeSet<String> words = new TreeSet<>();
        for (String line : text(WORDS).split("\n")) {
            String word = line.strip().toLowerCase(Locale.ROOT);
            if (!word.isEmpty() && !word.startsWith("#") && WORD.matcher(word).matches()) {
                words.add(word);
            }
        }
        for (String name : categoryNames) {
            var matcher = NAME_WORD.matcher(name.toLowerCase(Locale.forLanguageTag("sv")));
            while (matcher.find()) {
                words.add(matcher.group());
            }
        }
        ArrayNode list = ((ObjectNode) body.at("/settings/analysis/filter/sv_compounds")).putArray("word_list");
        words.forEach(list::add);
        ArrayNode synonyms = ((ObjectNode) body.at("/settings/analysis/filter/sv_synonyms")).putArray("synonyms");
        lines(SYNONYMS).forEach(synonyms::add);
        ArrayNode noise = ((ObjectNode) body.at("/settings/analysis/filter/sv_noise")).putArray("stopwords");
        lines(NOISE).forEach(noise::add);
        String hash = sha256(body.toString());
        ((ObjectNode) body.at("/mappings/_meta")).put("definition", hash);
        return new ListingIndexDefinition(body, hash);
    }

    /** The lines of a word file that are neither blank nor comments, lower-cased and trimmed. */
    static List<String> lines(String resource) {
        List<String> lines = new ArrayList<>();
        for (String line : text(resource).split("\n")) {
            String entry = line.strip().toLowerCase(Locale.forLanguageTag("sv"));
            if (!entry.isEmpty() && !entry.startsWith("#")) {
                lines.add(entry);
            }
        }
        return lines;
    }

    ObjectNode body() {
        return body.deepCopy();
    }

    String hash() {
        return hash;
    }

    private static JsonNode read(ObjectMapper json, String resource) {
        try {
            return json.readTree(text(resource));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8))).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
