package se.kretslopp.inventory.sheet;

import se.kretslopp.inventory.api.ItemRequest.Fate;
import se.kretslopp.inventory.api.ItemRequest.HazardCheck;
import se.kretslopp.inventory.api.ItemRequest.Status;
import se.kretslopp.inventory.api.ItemRequest.Substance;
import se.kretslopp.inventory.api.ItemRequest.Unit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The words a Swedish inventory sheet uses for the item's coded values, and how numbers and dates are written.
 * Writing uses the first Swedish word; reading also takes the English words and the API's enum names.
 */
final class SheetVocabulary {

    private static final Map<Enum<?>, String> LABELS = new HashMap<>();
    private static final Map<Class<?>, Map<String, Enum<?>>> WORDS = new HashMap<>();

    static {
        words(Unit.st, "st", "st.", "styck", "pcs", "pc");
        words(Unit.m, "m", "meter", "metre", "lpm", "löpmeter");
        words(Unit.m2, "m2", "m²", "kvm", "sqm");
        words(Unit.m3, "m3", "m³", "kbm");
        words(Unit.kg, "kg", "kilo");
        words(Fate.REUSE, "återbruk", "återanvändning", "reuse");
        words(Fate.RECYCLE, "återvinning", "materialåtervinning", "recycle", "recycling");
        words(Fate.HAZARDOUS_WASTE, "farligt avfall", "hazardous waste");
        words(HazardCheck.NOT_CHECKED, "ej kontrollerad", "inte kontrollerad", "okontrollerad", "not checked");
        words(HazardCheck.FREE, "fri", "fritt", "free");
        words(HazardCheck.CONTAINS, "innehåller", "contains");
        words(Substance.ASBESTOS, "asbest", "asbestos");
        words(Substance.PCB, "PCB");
        words(Substance.LEAD, "bly", "lead");
        words(Substance.OTHER, "annat", "annan", "other");
        words(Status.INVENTORIED, "inventerad", "inventoried");
        words(Status.DISMANTLED, "demonterad", "dismantled");
        words(Status.IN_STORAGE, "i lager", "lagrad", "in storage");
        words(Status.LISTED, "annonserad", "listed");
        words(Status.REUSED, "återbrukad", "reused");
        words(Status.DISCARDED, "kasserad", "discarded");
    }

    private SheetVocabulary() {
    }

    private static <E extends Enum<E>> void words(E value, String... words) {
        LABELS.put(value, words[0]);
        Map<String, Enum<?>> byWord = WORDS.computeIfAbsent(value.getDeclaringClass(), type -> new HashMap<>());
        byWord.put(key(value.name()), value);
        for (String word : words) {
            byWord.put(key(word), value);
        }
    }

    private static String key(String word) {
        return word.replace('_', ' ').replace('\u00a0', ' ').replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }

    /** The Swedish word written for a value. */
    static String label(Enum<?> value) {
        return value == null ? null : LABELS.get(value);
    }

    /** The Swedish words of every value of a type, for messages and drop-down lists. */
    static <E extends Enum<E>> List<String> labels(Class<E> type) {
        List<String> labels = new ArrayList<>();
        for (E value : type.getEnumConstants()) {
            labels.add(LABELS.get(value));
        }
        return labels;
    }

    static <E extends Enum<E>> Optional<E> parse(Class<E> type, String text) {
        return Optional.ofNullable(WORDS.get(type).get(key(text))).map(type::cast);
    }

    /** Reads "2,5", "2.5", "1 234,5" and "1,234.5": the last comma or point is the decimal sign. */
    static BigDecimal decimal(String text) {
        String s = text.replaceAll("[\\s\u00a0\u202f']", "");
        int decimalSign = Math.max(s.lastIndexOf(','), s.lastIndexOf('.'));
        if (decimalSign >= 0) {
            s = s.substring(0, decimalSign).replace(",", "").replace(".", "") + "." + s.substring(decimalSign + 1);
        }
        if (!s.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?")) {
            throw new NumberFormatException(text);
        }
        return new BigDecimal(s);
    }

    /** A whole number; "1200", "1 200" and "1200,0" are all 1200. */
    static int whole(String text) {
        BigDecimal value = decimal(text);
        try {
            return value.stripTrailingZeros().intValueExact();
        } catch (ArithmeticException e) {
            throw new NumberFormatException(text);
        }
    }

    static LocalDate date(String text) {
        String s = text.strip();
        // a date cell arrives as yyyy-mm-dd; a date-time text keeps its date
        if (s.length() > 10 && s.matches("\\d{4}-\\d{2}-\\d{2}[T ].*")) {
            s = s.substring(0, 10);
        }
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(text, e);
        }
    }

    /** Decimal comma, as Swedish Excel reads numbers in a CSV file. */
    static String swedishNumber(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    /** For the drop-down lists and messages. */
    static Map<SheetColumn, List<String>> choices() {
        Map<SheetColumn, List<String>> choices = new EnumMap<>(SheetColumn.class);
        choices.put(SheetColumn.UNIT, labels(Unit.class));
        choices.put(SheetColumn.CONDITION, List.of("1", "2", "3", "4"));
        choices.put(SheetColumn.FATE, labels(Fate.class));
        choices.put(SheetColumn.HAZARD_CHECK, labels(HazardCheck.class));
        choices.put(SheetColumn.STATUS, labels(Status.class));
        return choices;
    }
}
