package se.kretslopp.inventory.sheet;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The columns of an inventory sheet, in the order they are written. Each column is one field of
 * {@link se.kretslopp.inventory.api.ItemRequest}; {@link #field} is its Bean Validation property path, so a
 * violation can be reported under the header the user sees.
 */
public enum SheetColumn {
    CATEGORY("Kategori", "Category", "categoryId", true, 24,
            "Category code (e.g. dorrar.innerdorrar) or the Swedish or English category name."),
    NAME("Benämning", "Name", "name", true, 30, "What the component is, e.g. Innerdörr."),
    MATERIAL("Material", "Material", "material", false, 16, "Main material, e.g. trä, stål, glas."),
    QUANTITY("Antal", "Quantity", "quantity", true, 9, "How many or how much, in the unit. 2,5 and 2.5 both work."),
    UNIT("Enhet", "Unit", "unit", true, 8, "st, m, m2, m3 or kg (m² and m³ work too)."),
    LENGTH("Längd mm", "Length mm", "dimensions.lengthMm", false, 10, "Length in millimetres, a whole number."),
    WIDTH("Bredd mm", "Width mm", "dimensions.widthMm", false, 10, "Width in millimetres, a whole number."),
    HEIGHT("Höjd/tjocklek mm", "Height/thickness mm", "dimensions.heightMm", false, 12,
            "Height or thickness in millimetres, a whole number."),
    WEIGHT("Vikt per enhet kg", "Weight per unit kg", "weightPerUnitKg", false, 12, "Weight of one unit in kg."),
    MANUFACTURER("Tillverkare", "Manufacturer", "manufacturer", false, 18, "Manufacturer."),
    PRODUCT("Produktnamn", "Product name", "productName", false, 18, "Product name or model."),
    YEAR("År", "Year", "year", false, 7, "Year of manufacture or installation, e.g. 1987."),
    CONDITION("Skick", "Condition", "condition", true, 7,
            "1 as new, 2 good (cosmetic wear), 3 usable after repair, 4 parts or recycling only."),
    FUNCTIONAL_DAMAGE("Funktionella skador", "Functional damage", "functionalDamage", false, 24,
            "Damage that affects function."),
    AESTHETIC_DAMAGE("Estetiska skador", "Aesthetic damage", "aestheticDamage", false, 24,
            "Damage that affects only the look."),
    FLOOR("Våning", "Floor", "location.floor", false, 8, "Floor of the building, e.g. 2 or källare."),
    ROOM("Rum", "Room", "location.room", false, 12, "Room, e.g. 2.14 or kök."),
    LOCATION_NOTES("Plats", "Location notes", "location.notes", false, 20, "Where in the room, or other notes."),
    DISMANTLING_METHOD("Demonteringsmetod", "Dismantling method", "dismantling.method", false, 20,
            "How to take it down."),
    DISMANTLING_NOTES("Demonteringsanteckningar", "Dismantling notes", "dismantling.notes", false, 24,
            "Notes for the contractor."),
    AVAILABLE_FROM("Tillgänglig från", "Available from", "availableFrom", false, 12,
            "Date it can be collected, as yyyy-mm-dd."),
    FATE("Bedömning", "Fate", "fate", true, 14, "återbruk, återvinning or farligt avfall (reuse, recycle, hazardous waste)."),
    HAZARD_CHECK("Miljöinventering", "Hazard check", "hazard.check", false, 16,
            "Hazardous-substance check: ej kontrollerad, fri or innehåller (not checked, free, contains)."),
    SUBSTANCES("Farliga ämnen", "Hazardous substances", "hazard.substances", false, 16,
            "asbest, PCB, bly, annat (asbestos, PCB, lead, other); several separated by comma or semicolon."),
    STATUS("Status", "Status", "status", false, 12,
            "inventerad, demonterad, i lager, annonserad, återbrukad or kasserad; empty means inventerad.");

    /** Other headers people write; matched like the real ones, ignoring case, spaces and brackets. */
    private static final Map<SheetColumn, List<String>> ALIASES = Map.of(
            CATEGORY, List.of("Kategorikod", "Category code"),
            HEIGHT, List.of("Höjd mm", "Tjocklek mm", "Height mm", "Thickness mm"),
            WEIGHT, List.of("Vikt kg", "Vikt/enhet kg", "Weight kg"),
            LOCATION_NOTES, List.of("Placering", "Notes", "Location"),
            AVAILABLE_FROM, List.of("Tillgänglig", "Tillgängligt från"),
            FATE, List.of("Assessment", "Bedömt öde"),
            HAZARD_CHECK, List.of("Miljöinventerad", "Farliga ämnen kontrollerade"),
            SUBSTANCES, List.of("Substances"));

    private static final Map<String, SheetColumn> BY_HEADER = new HashMap<>();

    static {
        for (SheetColumn column : values()) {
            Stream.concat(Stream.of(column.swedish, column.english, column.field),
                            ALIASES.getOrDefault(column, List.of()).stream())
                    .forEach(header -> BY_HEADER.putIfAbsent(normalise(header), column));
        }
    }

    private final String swedish;
    private final String english;
    private final String field;
    private final boolean required;
    private final int width;
    private final String help;

    SheetColumn(String swedish, String english, String field, boolean required, int width, String help) {
        this.swedish = swedish;
        this.english = english;
        this.field = field;
        this.required = required;
        this.width = width;
        this.help = help;
    }

    /** The header as written in exports and templates. */
    public String header() {
        return swedish;
    }

    public String english() {
        return english;
    }

    /** The ItemRequest property path, e.g. {@code dimensions.lengthMm}. */
    public String field() {
        return field;
    }

    public boolean required() {
        return required;
    }

    int width() {
        return width;
    }

    /** What goes in the column, in English, for the header comment. */
    String help() {
        return help;
    }

    /** The column a header names: Swedish, English or the API field name, any case, spaces, brackets. */
    public static Optional<SheetColumn> byHeader(String header) {
        return Optional.ofNullable(BY_HEADER.get(normalise(header)));
    }

    /** The column that reports a Bean Validation violation at this property path. */
    public static Optional<SheetColumn> byField(String propertyPath) {
        String path = propertyPath.replaceAll("\\[[^]]*]", "").replaceAll("\\.<[^>]*>", "");
        SheetColumn best = null;
        for (SheetColumn column : values()) {
            boolean matches = path.equals(column.field) || path.startsWith(column.field + ".");
            if (matches && (best == null || column.field.length() > best.field.length())) {
                best = column;
            }
        }
        if (best == null) {
            // a constraint on a whole group (e.g. hazard) belongs to its first column
            for (SheetColumn column : values()) {
                if (column.field.startsWith(path + ".")) {
                    return Optional.of(column);
                }
            }
        }
        return Optional.ofNullable(best);
    }

    static String normalise(String header) {
        return header.replace('\u00a0', ' ').replace('(', ' ').replace(')', ' ').replace('_', ' ')
                .replaceAll("\\s*/\\s*", "/").replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }
}
