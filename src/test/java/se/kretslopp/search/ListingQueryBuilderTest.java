package se.kretslopp.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * The query builders against golden JSON, one file per query shape in {@code src/test/resources/search/golden}.
 * A changed shape fails here and writes what it builds now to {@code target/golden/}: compare, and copy it over
 * the golden file when the change is meant (and mirror it in bench/ if the benchmark's raw queries use it).
 */
class ListingQueryBuilderTest {

    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    static final ListingQueryBuilder BUILDER = new ListingQueryBuilder(JSON);
    static final Viewer SIGNED_IN = new Viewer(UUID.fromString("0b6f1a52-3c1e-4d7a-9a10-000000000001"), "kalmarsund");

    static ListingQuery query(String text, ListingQuery.Sort sort) {
        return new ListingQuery(text, null, List.of(), null, null, null, false, null, null, null, null, null, null,
                null, List.of(), null, sort, 0, 20, null);
    }

    @Test
    void aTextSearchWithNoiseAndADimension() throws IOException {
        golden("search-text.json", BUILDER.search(query("begagnade köksdörrar 9x21", ListingQuery.Sort.relevance),
                Viewer.ANONYMOUS, null, 80, 20));
    }

    @Test
    void aSearchWithFiltersAndNoText() throws IOException {
        ListingQuery filtered = new ListingQuery(null, UUID.fromString("7c0e0000-0000-4000-8000-000000000100"),
                List.of("Ek"), 2, new BigDecimal("4"), new BigDecimal("500"), false,
                new ListingQuery.Range(null, 2200), new ListingQuery.Range(800, 1000), null, 56.66, 16.36, 30.0,
                LocalDate.parse("2026-12-24"), List.of("kalmar-rivning"), null, ListingQuery.Sort.distance, 1, 20,
                null);
        golden("search-filters.json", BUILDER.search(filtered, SIGNED_IN, null, 80, 100));
    }

    @Test
    void typeAhead() throws IOException {
        golden("suggest.json", BUILDER.suggest("dörr", SIGNED_IN, 8));
    }

    @Test
    void theMap() throws IOException {
        golden("map.json", BUILDER.map(query("takpannor", ListingQuery.Sort.relevance), Viewer.ANONYMOUS, 200, 11,
                new double[]{57.0, 16.0, 56.5, 16.6}));
    }

    static void golden(String name, JsonNode built) throws IOException {
        Path actual = Path.of("target/golden", name);
        Files.createDirectories(actual.getParent());
        Files.writeString(actual, JSON.writeValueAsString(built) + "\n");
        try (InputStream in = ListingQueryBuilderTest.class.getResourceAsStream("/search/golden/" + name)) {
            assertNotNull(in, "no golden file " + name + "; what is built now is in " + actual);
            // compared as parsed text: numbers built as BigDecimal and read back as int are the same JSON
            assertEquals(JSON.readTree(in), JSON.readTree(JSON.writeValueAsString(built)), "the query shape changed; what is built now is in " + actual);
        }
    }
}
