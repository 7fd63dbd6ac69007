package se.kretslopp.inventory.sheet;

import se.kretslopp.inventory.api.ItemRequest;
import se.kretslopp.inventory.api.ItemView;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The empty inventory a property unit downloads to fill in: the headers and one example row, an interior door,
 * which the user overwrites. The example is a valid row, so the template imports as it is.
 */
public class ItemSheetTemplate {

    static final String EXAMPLE_CATEGORY = "dorrar.innerdorrar";

    private final byte[] xlsx;
    private final byte[] csv;

    public ItemSheetTemplate() {
        List<List<Object>> rows = List.of(ItemSheetWriter.cells(example()));
        this.xlsx = ItemSheetWriter.xlsxOf(rows);
        this.csv = ItemSheetWriter.csvOf(rows);
    }

    public byte[] template(SheetFormat format) {
        return (format == SheetFormat.XLSX ? xlsx : csv).clone();
    }

    /** The file name to offer, e.g. {@code inventeringsmall.xlsx}. */
    public static String filename(SheetFormat format) {
        return "inventeringsmall." + format.extension();
    }

    private static ItemView example() {
        return new ItemView(null, null,
                new ItemView.CategoryRef(null, EXAMPLE_CATEGORY, "Innerdörrar", "Interior doors"),
                "Innerdörr", "Trä, målad", new BigDecimal("12"), ItemRequest.Unit.st,
                new ItemRequest.Dimensions(2040, 825, 40), new BigDecimal("22.5"), "Swedoor", "Character 01",
                1987, 2, null, "Repor i färgen", new ItemRequest.Location("2", "2.14", "Korridor, mot trapphuset"),
                new ItemRequest.Dismantling("Lyfts av gångjärnen; karm skruvas loss", "Spara gångjärn och trycken"),
                LocalDate.of(2026, 9, 1), ItemRequest.Fate.REUSE,
                new ItemRequest.Hazard(ItemRequest.HazardCheck.FREE, List.of()), ItemRequest.Status.INVENTORIED,
                null, 0, 0, null, null, List.of());
    }
}
