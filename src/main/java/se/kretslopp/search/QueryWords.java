package se.kretslopp.search;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The words of a search as the query builder sees them: noise words ({@code search/noise-words.txt}) left out, and
 * for a compound word its head: the longest word of the compound dictionary ({@code search/compound-words.txt})
 * that it ends with. "köksdörrar" also asks for "dörrar" and "klinkergolv" for
 * "golv", but not for "kök" or "klinker": in Swedish the last part names the thing, the first parts only narrow it.
 * (The index splits compounds into all their parts, so "dörr" finds "innerdörr" the other way round.)
 */
final class QueryWords {

    /** A word of the query and its head, or null when it has none. */
    record Word(String text, String head) {
    }

    private static final Locale SWEDISH = Locale.forLanguageTag("sv");
    private static final int MIN_HEAD = 3;
    private static final int MIN_MODIFIER = 2;

    private final Set<String> dictionary;
    private final Set<String> noise;

    QueryWords(Set<String> dictionary, Set<String> noise) {
        this.dictionary = dictionary;
        this.noise = noise;
    }

    /** The words of the files on the class path. */
    static QueryWords fromFiles() {
        Set<String> dictionary = new HashSet<>();
        for (String word : ListingIndexDefinition.lines(ListingIndexDefinition.WORDS)) {
            if (word.length() >= MIN_HEAD) {
                dictionary.add(word);
            }
        }
        return new QueryWords(dictionary, new HashSet<>(ListingIndexDefinition.lines(ListingIndexDefinition.NOISE)));
    }

    /** The words that carry meaning, in order; noise is gone. */
    List<Word> of(String text) {
        List<Word> words = new ArrayList<>();
        for (String raw : text.strip().split("\\s+")) {
            String word = raw.toLowerCase(SWEDISH).replaceAll("^[^\\p{L}\\d]+|[^\\p{L}\\d]+$", "");
            if (word.isEmpty() || noise.contains(word)) {
                continue;
            }
            words.add(new Word(word, head(word)));
        }
        return words;
    }

    /** The longest dictionary word the word ends with, leaving a first part of at least two letters. */
    String head(String word) {
        if (word.contains("-")) {
            return null;
        }
        for (int start = MIN_MODIFIER; start <= word.length() - MIN_HEAD; start++) {
            String tail = word.substring(start);
            if (dictionary.contains(tail)) {
                return tail;
            }
        }
        return null;
    }
}
