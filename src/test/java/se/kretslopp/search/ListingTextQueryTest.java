package se.kretslopp.search;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The pure parts of the text query: how many words must match, dimensions, compound heads and noise words. */
class ListingTextQueryTest {

    static final QueryWords WORDS = QueryWords.fromFiles();

    @ParameterizedTest(name = "{0} words: {1} must match")
    @CsvSource({"1, 1", "2, 2", "3, 2", "4, 3", "5, 4", "6, 5", "8, 6", "12, 9"})
    void mostWordsMustMatch(int words, int required) {
        assertEquals(required, ListingTextQuery.mostOf(words));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            dörr 9x21              | 9x21 900x2100
            innerdörr 900x2100     | 900x2100 9x21
            fönster 1180 x 1180    | 1180x1180 12x12
            regel 45x70            | 45x70 4500x7000
            takpannor              |
            EI30 och 3-glas        |
            """)
    void dimensionsAreReadInBothForms(String text, String expected) {
        assertEquals(expected == null ? Set.of() : Set.of(expected.split(" ")), ListingTextQuery.dimensions(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            köksdörrar                   | köksdörrar:dörrar
            klinkergolv                  | klinkergolv:golv
            tegelpannor                  | tegelpannor:pannor
            altandörr                    | altandörr:dörr
            dörrar                       | dörrar:
            golv                         | golv:
            begagnade dörrar             | dörrar:
            billiga innerdörrar          | innerdörrar:dörrar
            återbrukade dörrar till salu | dörrar: till:
            gipsplattor                  | gipsplattor:plattor
            wc-stol                      | wc-stol:
            """)
    void noiseIsDroppedAndCompoundsKeepTheirHead(String text, String expected) {
        List<String> found = WORDS.of(text).stream()
                .map(w -> w.text() + ":" + (w.head() == null ? "" : w.head())).toList();
        assertEquals(List.of(expected.split(" ")), found);
    }
}
