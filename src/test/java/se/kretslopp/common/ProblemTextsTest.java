package se.kretslopp.common;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The language of an answer and the bundle of our texts: pure logic, no server. */
class ProblemTextsTest {

    private static final Locale SV = ProblemTexts.SWEDISH;
    private static final Locale EN = ProblemTexts.ENGLISH;

    @ParameterizedTest(name = "Accept-Language: {0} → {1}")
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
            "NULL | en",
            "' ' | en",
            "sv | sv",
            "sv-SE | sv",
            "SV-se | sv",
            "sv-FI | sv",
            "en | en",
            "en-US | en",
            "sv-SE,sv;q=0.9,en-US;q=0.8,en;q=0.7 | sv",
            "en-GB,en;q=0.9,sv;q=0.8 | en",
            "en;q=0.5, sv;q=0.8 | sv",
            "de | en",
            "de-DE, sv;q=0.1 | sv",
            "sv;q=0, en | en",
            "* | en",
            "'sv, *;q=0.1' | en", // Locale.filter lets a wildcard match the first supported: so does the validator
            "fi-FI, sv-FI;q=0.5 | sv",
            "nonsense;q=x | en",
            "'sv;q=2' | en",
    })
    void theLanguageIsTheFirstAcceptableOfSwedishAndEnglish(String header, String expected) {
        assertEquals(expected, ProblemTexts.tag(ProblemTexts.languageOf(header)));
    }

    @Test
    void argumentsAreWrittenPlainAndNestedTextsInTheSameLanguage() {
        Message inner = Message.of("field.range", 1, new java.math.BigDecimal("100.00"));
        assertEquals("Field 'size' must be between 1 and 100.", Message.of("detail.field", "size", inner).in(EN));
        assertEquals("Fältet 'size' ska vara mellan 1 och 100.", Message.of("detail.field", "size", inner).in(SV));
        assertEquals("must be between 0 and 1000000", Message.of("field.range", 0, 1_000_000).in(EN),
                "no thousands separators: the numbers are the API's");
        assertEquals("no.such.key", Message.of("no.such.key").in(SV), "a missing key is shown, not a 500");
    }

    @Test
    void aFeaturesOwnRuleIsExplainedInBothLanguagesWithItsPartsInTheSameLanguage() {
        Message refusal = Message.of("detail.storage.lotHoldsCannotHanded", "K-0042", "12", "st",
                Message.of("detail.storage.atLocation", Message.of("detail.storage.thatLocation")), "15");
        assertEquals("Lot K-0042 holds 12 st at that location; 15 cannot be handed over.", refusal.in(EN));
        assertEquals("Posten K-0042 rymmer 12 st på den platsen; 15 kan inte lämnas ut.", refusal.in(SV));
        assertEquals("Ansökan är redan APPROVED (2026-12-03); den kan inte avgöras igen.",
                Message.of("detail.membership.applicationAlreadyCannotDecided", "APPROVED", " (2026-12-03)").in(SV));
    }

    @Test
    void bothBundlesHaveTheSameKeysAndTheSamePlaceholders() throws IOException {
        Properties en = bundle("ProblemTexts.properties");
        Properties sv = bundle("ProblemTexts_sv.properties");
        assertEquals(new TreeSet<>(en.stringPropertyNames()), new TreeSet<>(sv.stringPropertyNames()));
        for (String key : en.stringPropertyNames()) {
            assertEquals(placeholders(en.getProperty(key)), placeholders(sv.getProperty(key)), key);
            assertTrue(!sv.getProperty(key).isBlank(), key);
        }
    }

    /**
     * Every key the code names (a string literal in a Message, field error or sheet error) is in the bundle, so
     * no answer shows a key. Keys are dotted words that start with one of the bundle's prefixes.
     */
    @Test
    void everyKeyTheCodeNamesIsInTheBundle() throws IOException {
        Properties en = bundle("ProblemTexts.properties");
        Set<String> prefixes = new TreeSet<>();
        en.stringPropertyNames().forEach(key -> prefixes.add(key.substring(0, key.indexOf('.'))));
        prefixes.remove("title"); // the titles are named by ProblemType (below); "title.en" is a search field
        Pattern literal = Pattern.compile("\"((?:" + String.join("|", prefixes) + ")\\.[A-Za-z0-9.\\-]+)\"");
        Set<String> missing = new TreeSet<>();
        int seen = 0;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = literal.matcher(Files.readString(file));
                while (m.find()) {
                    seen++;
                    String key = m.group(1);
                    // keys built from a prefix and a value ("detail.http." + status, "inventory.status." + name)
                    if (!key.endsWith(".") && !en.containsKey(key)) {
                        missing.add(key + " (" + file.getFileName() + ")");
                    }
                }
            }
        }
        assertTrue(seen > 100, "the scan finds the keys (" + seen + ")");
        assertEquals(Set.of(), missing);
        for (ProblemType type : ProblemType.values()) {
            assertTrue(en.containsKey(type.titleKey()), type.titleKey());
            assertEquals(type.title(), en.getProperty(type.titleKey()), "the English title is the type's");
        }
    }

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ProblemTexts.class.getResourceAsStream(name)) {
            properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    private static List<String> placeholders(String text) {
        Matcher m = Pattern.compile("\\{\\d+}").matcher(text);
        List<String> found = new java.util.ArrayList<>();
        while (m.find()) {
            found.add(m.group());
        }
        return found.stream().sorted().distinct().toList();
    }
}
