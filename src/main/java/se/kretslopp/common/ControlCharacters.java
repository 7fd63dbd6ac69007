package se.kretslopp.common;

/**
 * Text from outside may carry line breaks and tabs, but no other control character: PostgreSQL refuses NUL in
 * text (which ended as a 500), and the others are never meant. JSON strings are checked as they are read
 * ({@link JsonTextHygiene}), path and query parameters before any resource runs ({@link RequestHygiene}).
 */
public final class ControlCharacters {

    public static final String MESSAGE = "must not contain control characters";

    private ControlCharacters() {
    }

    /** Whether the text has a C0 control character other than tab, line feed and carriage return, or DEL. */
    public static boolean in(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f) {
                return true;
            }
        }
        return false;
    }
}
