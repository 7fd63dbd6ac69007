package se.kretslopp.common;

import org.jboss.logging.Logger;

import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The language of an answer and our texts in it. The API answers in Swedish or English: the first language of the
 * request's {@code Accept-Language} (by quality) that is Swedish or English, English when it names neither or is
 * absent. The choice is made as Hibernate Validator's Accept-Language resolver in Quarkus makes it
 * ({@code quarkus.locales}), so a Bean Validation message and the texts around it are in one language.
 */
public final class ProblemTexts {

    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale SWEDISH = Locale.forLanguageTag("sv");
    /** API users got English before the answers spoke Swedish; they still do unless they ask. */
    public static final Locale DEFAULT = ENGLISH;

    private static final Logger LOG = Logger.getLogger(ProblemTexts.class);
    private static final String BUNDLE = "se.kretslopp.common.ProblemTexts";
    /** As {@code quarkus.locales} in application.properties, in the same order. */
    private static final List<Locale> SUPPORTED = List.of(Locale.forLanguageTag("en"),
            Locale.forLanguageTag("en-US"), Locale.forLanguageTag("en-GB"), Locale.forLanguageTag("sv"),
            Locale.forLanguageTag("sv-SE"), Locale.forLanguageTag("sv-FI"));
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private ProblemTexts() {
    }

    /** The language to answer in for an {@code Accept-Language} header (null when there is none). */
    public static Locale languageOf(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return DEFAULT;
        }
        List<Locale> matches;
        try {
            matches = Locale.filter(Locale.LanguageRange.parse(acceptLanguage), SUPPORTED);
        } catch (IllegalArgumentException e) {
            return DEFAULT; // a malformed header is no reason to refuse the request
        }
        if (matches.isEmpty()) {
            return DEFAULT;
        }
        return "sv".equals(matches.get(0).getLanguage()) ? SWEDISH : ENGLISH;
    }

    /** The value of {@code Content-Language} for an answer in this language. */
    public static String tag(Locale language) {
        return SWEDISH.getLanguage().equals(language.getLanguage()) ? "sv" : "en";
    }

    /** The text of the key in the language, its {@code {0}}, {@code {1}}, … replaced by the arguments. */
    public static String format(Locale language, String key, List<Object> args) {
        String pattern;
        try {
            pattern = bundle(language).getString(key);
        } catch (MissingResourceException e) {
            // ProblemTextsTest holds every key the code names; this is for a key it could not see
            LOG.warnf("No problem text '%s' for %s", key, language);
            pattern = key;
        }
        StringBuilder text = new StringBuilder(pattern.length() + 32);
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            int end = c == '{' ? pattern.indexOf('}', i) : -1;
            if (end > i + 1 && pattern.substring(i + 1, end).chars().allMatch(Character::isDigit)) {
                int index = Integer.parseInt(pattern.substring(i + 1, end));
                text.append(index < args.size() ? render(args.get(index), language) : "");
                i = end;
            } else {
                text.append(c);
            }
        }
        return text.toString();
    }

    /** Whether the key exists in the English (root) bundle. */
    static boolean has(String key) {
        return bundle(DEFAULT).containsKey(key);
    }

    static ResourceBundle bundle(Locale language) {
        return ResourceBundle.getBundle(BUNDLE, SWEDISH.getLanguage().equals(language.getLanguage())
                ? SWEDISH : Locale.ROOT, ProblemTexts.class.getClassLoader(), NO_FALLBACK);
    }

    private static String render(Object arg, Locale language) {
        if (arg instanceof Message text) {
            return text.in(language);
        }
        if (arg instanceof java.math.BigDecimal number) {
            return number.stripTrailingZeros().toPlainString();
        }
        return String.valueOf(arg);
    }
}
