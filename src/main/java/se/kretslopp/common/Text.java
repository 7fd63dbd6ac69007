package se.kretslopp.common;

/** Small rules for text that arrives in requests. */
public final class Text {

    private Text() {
    }

    /** The text trimmed, or null when there is none: an empty field means "not given". */
    public static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
