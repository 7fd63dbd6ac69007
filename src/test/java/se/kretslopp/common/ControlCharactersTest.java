package se.kretslopp.common;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ControlCharactersTest {

    @ParameterizedTest
    @ValueSource(strings = {"Innerdörr", "", "rad 1\nrad 2", "a\tb", "a\r\nb", "äåö ÄÅÖ € — ½", "emoji 🚪"})
    void textIsClean(String text) {
        assertFalse(ControlCharacters.in(text), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u0000", "d\u0000rr", "\u0001", "a\u0008b", "\u001b[31m", "x\u007f", "\u000b", "\f"})
    void controlCharactersAreFound(String text) {
        assertTrue(ControlCharacters.in(text), () -> text.chars().mapToObj(c -> String.format("U+%04X", c)).toList().toString());
    }

    @org.junit.jupiter.api.Test
    void stripKeepsLineBreaksAndTabsAndDropsTheRest() {
        org.junit.jupiter.api.Assertions.assertEquals("Dörr\nek\t9x21", ControlCharacters.strip("D\u0000örr\nek\u000b\t9x21\u007f"));
        org.junit.jupiter.api.Assertions.assertEquals("Innerdörr", ControlCharacters.strip("Innerdörr"));
        org.junit.jupiter.api.Assertions.assertNull(ControlCharacters.strip(null));
    }
}
