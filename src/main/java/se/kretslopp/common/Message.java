package se.kretslopp.common;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A text of ours that is written out in the language of the request, not where it is made: a key of the
 * {@code ProblemTexts} bundle and its arguments. An argument that is itself a {@code Message} is written in the same
 * language; any other is written as {@link String#valueOf}, so numbers keep the plain form the API always used.
 */
public record Message(String key, List<Object> args) {

    public Message {
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("A text needs a key");
        }
        args = args == null ? List.of() : java.util.Collections.unmodifiableList(Arrays.asList(args.toArray()));
    }

    public static Message of(String key, Object... args) {
        return new Message(key, args == null ? List.of() : Arrays.asList(args));
    }

    public String in(Locale locale) {
        return ProblemTexts.format(locale, key, args);
    }

    @Override
    public String toString() {
        return in(ProblemTexts.DEFAULT);
    }
}
