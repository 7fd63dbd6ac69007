package se.kretslopp.inventory.sheet;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import se.kretslopp.common.FieldCode;
import se.kretslopp.common.Problem;
import se.kretslopp.inventory.api.ItemRequest;
import se.kretslopp.inventory.api.ItemRequest.Fate;
import se.kretslopp.inventory.api.ItemRequest.HazardCheck;
import se.kretslopp.inventory.api.ItemRequest.Status;
import se.kretslopp.inventory.api.ItemRequest.Substance;
import se.kretslopp.inventory.api.ItemRequest.Unit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * Turns the cells of one data row into an {@link ItemRequest}, or into the problems of its cells: first what
 * cannot be read (a word that is not a unit, a date that is not a date), then what Bean Validation says of the
 * request, each under the column the user wrote it in. One instance serves one sheet.
 */
final class ItemRowParser {

    /** The field of a cell's error until {@link SheetProblem} names the cell. */
    private static final String CELL = "cell";

    private final Validator validator;
    private final Function<String, Optional<UUID>> categories;
    private final Map<SheetColumn, String> headers;
    private final Map<String, Optional<UUID>> resolved = new HashMap<>();

    /**
     * @param headers the header text the user wrote for each column present, to name it in problems
     */
    ItemRowParser(Validator validator, Function<String, Optional<UUID>> categories, Map<SheetColumn, String> headers) {
        this.validator = validator;
        this.categories = categories;
        this.headers = headers;
    }

    /** A field error of a cell; {@link SheetProblem} names the cell. */
    static Problem.FieldError error(FieldCode code, String key, Object... args) {
        return Problem.FieldError.of(CELL, code, key, args);
    }

    private static Problem.FieldError notOneOf(String text, List<String> labels) {
        return error(FieldCode.INVALID_ENUM, "sheet.choice", text, String.join(", ", labels)).withAllowed(labels);
    }

    ParsedRow parse(int row, Map<SheetColumn, String> cells) {
        return new Cells(row, cells).parse();
    }

    /** The state of parsing one row: its cells and the columns that already have a problem. */
    private final class Cells {
        private final int row;
        private final Map<SheetColumn, String> cells;
        private final Map<SheetColumn, SheetProblem> problems = new EnumMap<>(SheetColumn.class);

        Cells(int row, Map<SheetColumn, String> cells) {
            this.row = row;
            this.cells = cells;
        }

        ParsedRow parse() {
            for (SheetColumn column : SheetColumn.values()) {
                if (column.required() && text(column) == null) {
                    problem(column, error(FieldCode.NOT_NULL, "field.required"));
                }
            }
            ItemRequest request = new ItemRequest(
                    category(), text(SheetColumn.NAME), text(SheetColumn.MATERIAL),
                    decimal(SheetColumn.QUANTITY), choice(SheetColumn.UNIT, Unit.class), dimensions(),
                    decimal(SheetColumn.WEIGHT), text(SheetColumn.MANUFACTURER), text(SheetColumn.PRODUCT),
                    whole(SheetColumn.YEAR), whole(SheetColumn.CONDITION),
                    text(SheetColumn.FUNCTIONAL_DAMAGE), text(SheetColumn.AESTHETIC_DAMAGE), location(),
                    dismantling(), date(SheetColumn.AVAILABLE_FROM), choice(SheetColumn.FATE, Fate.class), hazard(),
                    choice(SheetColumn.STATUS, Status.class));
            validator.validate(request).stream()
                    .sorted(Comparator.comparing((ConstraintViolation<ItemRequest> v) -> v.getPropertyPath().toString()))
                    .forEach(violation -> problem(
                            SheetColumn.byField(violation.getPropertyPath().toString()).orElse(null),
                            Problem.FieldError.violation(CELL, violation)));
            if (problems.isEmpty()) {
                return new ParsedRow(row, request, List.of());
            }
            return new ParsedRow(row, null, new ArrayList<>(problems.values()));
        }

        /** The first problem of a column is the one to fix; later ones are its consequences. */
        private void problem(SheetColumn column, Problem.FieldError error) {
            if (column == null) {
                // a constraint no column explains; report it on the row rather than lose it
                problems.putIfAbsent(SheetColumn.NAME, new SheetProblem(row, null, error));
                return;
            }
            problems.putIfAbsent(column, new SheetProblem(row, headers.getOrDefault(column, column.header()), error));
        }

        private String text(SheetColumn column) {
            String value = cells.get(column);
            return value == null || value.isBlank() ? null : value.strip();
        }

        private UUID category() {
            String text = text(SheetColumn.CATEGORY);
            if (text == null) {
                return null;
            }
            Optional<UUID> id = resolved.computeIfAbsent(text.toLowerCase(Locale.ROOT),
                    key -> categories.apply(text));
            if (id.isEmpty()) {
                problem(SheetColumn.CATEGORY, error(FieldCode.UNKNOWN_REFERENCE, "sheet.category.unknown", text));
            }
            return id.orElse(null);
        }

        private BigDecimal decimal(SheetColumn column) {
            String text = text(column);
            if (text == null) {
                return null;
            }
            try {
                return SheetVocabulary.decimal(text);
            } catch (NumberFormatException e) {
                problem(column, error(FieldCode.INVALID_NUMBER, "sheet.number", text));
                return null;
            }
        }

        private Integer whole(SheetColumn column) {
            String text = text(column);
            if (text == null) {
                return null;
            }
            try {
                return SheetVocabulary.whole(text);
            } catch (NumberFormatException e) {
                problem(column, error(FieldCode.INVALID_WHOLE_NUMBER, "sheet.wholeNumber", text));
                return null;
            }
        }

        private LocalDate date(SheetColumn column) {
            String text = text(column);
            if (text == null) {
                return null;
            }
            try {
                return SheetVocabulary.date(text);
            } catch (IllegalArgumentException e) {
                problem(column, error(FieldCode.INVALID_DATE, "sheet.date", text));
                return null;
            }
        }

        private <E extends Enum<E>> E choice(SheetColumn column, Class<E> type) {
            String text = text(column);
            if (text == null) {
                return null;
            }
            Optional<E> value = SheetVocabulary.parse(type, text);
            if (value.isEmpty()) {
                problem(column, notOneOf(text, SheetVocabulary.labels(type)));
            }
            return value.orElse(null);
        }

        private ItemRequest.Dimensions dimensions() {
            Integer length = whole(SheetColumn.LENGTH);
            Integer width = whole(SheetColumn.WIDTH);
            Integer height = whole(SheetColumn.HEIGHT);
            return length == null && width == null && height == null
                    ? null : new ItemRequest.Dimensions(length, width, height);
        }

        private ItemRequest.Location location() {
            String floor = text(SheetColumn.FLOOR);
            String room = text(SheetColumn.ROOM);
            String notes = text(SheetColumn.LOCATION_NOTES);
            return floor == null && room == null && notes == null ? null : new ItemRequest.Location(floor, room, notes);
        }

        private ItemRequest.Dismantling dismantling() {
            String method = text(SheetColumn.DISMANTLING_METHOD);
            String notes = text(SheetColumn.DISMANTLING_NOTES);
            return method == null && notes == null ? null : new ItemRequest.Dismantling(method, notes);
        }

        private ItemRequest.Hazard hazard() {
            HazardCheck check = choice(SheetColumn.HAZARD_CHECK, HazardCheck.class);
            List<Substance> substances = substances();
            if (check == null && substances.isEmpty()) {
                return null;
            }
            if (check == null && text(SheetColumn.HAZARD_CHECK) == null) {
                // listing a substance says the check found it
                check = HazardCheck.CONTAINS;
            }
            if (check != null && check != HazardCheck.CONTAINS && !substances.isEmpty()) {
                String checkColumn = headers.getOrDefault(SheetColumn.HAZARD_CHECK, SheetColumn.HAZARD_CHECK.header());
                problem(SheetColumn.SUBSTANCES, error(FieldCode.HAZARD_RULE, "sheet.substances.check", checkColumn)
                        .withOther(checkColumn));
            }
            return new ItemRequest.Hazard(check, substances);
        }

        private List<Substance> substances() {
            String text = text(SheetColumn.SUBSTANCES);
            List<Substance> substances = new ArrayList<>();
            if (text == null) {
                return substances;
            }
            for (String word : text.split("[,;/]|\\s+och\\s+|\\s+and\\s+")) {
                if (word.isBlank()) {
                    continue;
                }
                Optional<Substance> substance = SheetVocabulary.parse(Substance.class, word);
                if (substance.isEmpty()) {
                    problem(SheetColumn.SUBSTANCES, notOneOf(word.strip(), SheetVocabulary.labels(Substance.class)));
                } else if (!substances.contains(substance.get())) {
                    substances.add(substance.get());
                }
            }
            return substances;
        }
    }
}
