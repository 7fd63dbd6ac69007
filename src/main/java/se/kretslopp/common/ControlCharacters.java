package se.kretslopp.common;

/**
 * Text from outside may carry line breaks and tabs, but no other control character: PostgreSQL refuses NUL in
 * text (which ended as a 500), and the others are never meant. JSON strings are checked as they are read
 * ({@link JsonInputLimits}), path and query parameters before any resource runs ({@link RequestHygiene}).
 */
public final class ControlCharacters {

    /** The key of the field message in {@code ProblemTexts} ("must not contain control characters"). */
    public static final String KEY = "field.controlCharacters";
    /** The field message in English. */
    public static final String MESSAGE = "must not contain control characters";

    private ControlCharacters() {
    }

    /**
     * The text without the characters {@link #in} finds: for what arrives in files (a spreadsheet cell can hold a
     * vertical tab, Excel's {@code _x000B_}), where they are invisible and the API would refuse them later.
     */
    public static String strip(String text) {
        if (text == null || !in(text)) {
            return text;
        }
        StringBuilder clean = new StringBuilder(text.length());
        text.chars().filter(c -> !control(c)).forEach(c -> clean.append((char) c));
        return clean.toString();
    }

    /** Whether the text has a C0 control character other than tab, line feed and carriage return, or DEL. */
    public static boolean in(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            if (control(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean control(int c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f;
    }
}
