package se.kretslopp.inventory.sheet;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import se.kretslopp.inventory.api.ItemRequest;
import se.kretslopp.inventory.api.ItemView;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/** A validator, a category catalogue and sheets to read, shared by the sheet tests. */
final class SheetFixtures {

    static final UUID DOORS = UUID.fromString("00000000-0000-0000-0000-00000000d001");
    static final UUID FLOORING = UUID.fromString("00000000-0000-0000-0000-00000000f001");

    static final Validator VALIDATOR = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();

    private static final Map<String, UUID> CATEGORIES = Map.of(
            "dorrar.innerdorrar", DOORS, "innerdörrar", DOORS, "interior doors", DOORS,
            "golv.parkett", FLOORING, "parkettgolv", FLOORING, "parquet", FLOORING);

    /** Like the category service would: code or either name, any case. */
    static final Function<String, Optional<UUID>> CATEGORY_LOOKUP =
            text -> Optional.ofNullable(CATEGORIES.get(text.strip().toLowerCase(Locale.ROOT)));

    static final String HEADER = "Kategori;Benämning;Material;Antal;Enhet;Längd mm;Bredd mm;Höjd/tjocklek mm;"
            + "Vikt per enhet kg;Tillverkare;Produktnamn;År;Skick;Funktionella skador;Estetiska skador;Våning;Rum;"
            + "Plats;Demonteringsmetod;Demonteringsanteckningar;Tillgänglig från;Bedömning;Miljöinventering;"
            + "Farliga ämnen;Status";

    private SheetFixtures() {
    }

    static ItemSheetReader reader() {
        return new ItemSheetReader(VALIDATOR);
    }

    static ParsedSheet read(byte[] bytes, String filename) {
        return reader().read(bytes, filename, null, CATEGORY_LOOKUP);
    }

    /** A good data row in the {@link #HEADER} order, varied by its number. */
    static String goodRow(int i) {
        return String.join(";", i % 2 == 0 ? "dorrar.innerdorrar" : "Parkettgolv", "Post " + i + " dörr",
                "ek", i % 3 == 0 ? "2,5" : String.valueOf(i), i % 2 == 0 ? "st" : "m²", "2040", "825", "40", "22,5",
                "Swedoor", "Character", "1987", String.valueOf(1 + i % 4), "", "repor", String.valueOf(i % 5),
                "rum " + i, "", "skruvas loss", "", "2026-09-01", i % 2 == 0 ? "återbruk" : "REUSE",
                "fri", "", "inventerad");
    }

    static byte[] csv(Charset charset, boolean bom, List<String> lines) {
        String text = String.join("\r\n", lines) + "\r\n";
        byte[] body = text.getBytes(charset);
        if (!bom) {
            return body;
        }
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        return withBom;
    }

    static ItemView view(String name, UUID categoryId, String categoryCode) {
        return new ItemView(UUID.randomUUID(), UUID.randomUUID(),
                new ItemView.CategoryRef(categoryId, categoryCode, "Innerdörrar", "Interior doors"),
                name, "Trä", new BigDecimal("2.5"), ItemRequest.Unit.m2, new ItemRequest.Dimensions(2040, 825, 40),
                new BigDecimal("22.125"), "Swedoor", "Character 01", 1987, 3, "Gångjärn saknas", "Repor; märken",
                new ItemRequest.Location("2", "2.14", "Korridor,\nvid trappan"),
                new ItemRequest.Dismantling("Skruvas loss", "Spara trycken"), LocalDate.of(2026, 9, 1),
                ItemRequest.Fate.HAZARDOUS_WASTE,
                new ItemRequest.Hazard(ItemRequest.HazardCheck.CONTAINS,
                        List.of(ItemRequest.Substance.ASBESTOS, ItemRequest.Substance.PCB)),
                ItemRequest.Status.IN_STORAGE, null, 0, 1, null, null, List.of());
    }

    /** What importing an exported view should give back. */
    static ItemRequest requestOf(ItemView view) {
        return new ItemRequest(view.category().id(), view.name(), view.material(), view.quantity(), view.unit(),
                view.dimensions(), view.weightPerUnitKg(), view.manufacturer(), view.productName(), view.year(),
                view.condition(), view.functionalDamage(), view.aestheticDamage(), view.location(),
                view.dismantling(), view.availableFrom(), view.fate(), view.hazard(), view.status());
    }
}
