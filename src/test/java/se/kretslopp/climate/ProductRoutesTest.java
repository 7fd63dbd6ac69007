package se.kretslopp.climate;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.kretslopp.category.api.CategoryView;
import se.kretslopp.climate.api.ClimateProduct;
import se.kretslopp.climate.api.Savings;
import se.kretslopp.climate.api.Savings.Route;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.kretslopp.climate.ClimateCalculatorTest.assertDecimal;

/**
 * The routes from category and material to a product, on a small mapping shaped like the seeded one (V19) and the
 * products of Boverket's database 02.06.000; the figures are those of {@link ClimateCalculatorTest}.
 */
class ProductRoutesTest {

    static final UUID DOORS = UUID.randomUUID();
    static final UUID INTERIOR_DOORS = UUID.randomUUID();
    static final UUID ELEMENTS = UUID.randomUUID();
    static final UUID HOLLOW_CORE = UUID.randomUUID();
    static final UUID OTHER = UUID.randomUUID();
    static final UUID SASHES = UUID.randomUUID();

    static Map<String, ClimateProduct> products;
    static Map<UUID, CategoryView> categories = new LinkedHashMap<>();
    static ProductRoutes routes;

    @BeforeAll
    static void aMappingLikeTheSeededOne() throws IOException {
        try (InputStream in = ProductRoutesTest.class
                .getResourceAsStream("/climate/boverket-klimatdatabas-02.06.000-gwp.csv")) {
            products = BoverketFile.parse(in.readAllBytes(), "02.06.000").stream().map(BoverketFile.Row::product)
                    .collect(Collectors.toMap(ClimateProduct::resourceId, Function.identity()));
        }
        category(DOORS, null, "dorrar", null);
        category(INTERIOR_DOORS, DOORS, "dorrar.innerdorrar", "6000000121");
        category(SASHES, DOORS, "dorrar.sashes", null);
        category(ELEMENTS, null, "betongelement", null);
        category(HOLLOW_CORE, ELEMENTS, "betongelement.hdf", "6000000059");
        category(OTHER, null, "ovrigt", null);
        List<ProductRoutes.Material> materials = List.of(
                new ProductRoutes.Material("tra-aluminium", 10, "trä ?[/&+-] ?alu", "Trä/aluminium", "Wood/aluminium",
                        "6000000103", null),
                new ProductRoutes.Material("aluminium", 30, "alu", "Aluminium", "Aluminium", "6000000159", null),
                new ProductRoutes.Material("stal", 50, "stål|steel|plåt", "Stål", "Steel", "6000000150", null),
                new ProductRoutes.Material("glas", 170, "glas|glass", "Glas", "Glass", "6000000122", null),
                new ProductRoutes.Material("betong", 190, "betong|concrete", "Betong", "Concrete", "6000000077",
                        "Betong: prefabricerat armerat betongelement, övrigt"),
                new ProductRoutes.Material("tra", 280, "trä|wood|ek|furu", "Trä", "Wood", "6000000192", null));
        Map<UUID, List<ProductRoutes.Row>> rows = Map.of(
                DOORS, List.of(row(DOORS, "stal", null, "6000000115", false)),
                INTERIOR_DOORS, List.of(row(INTERIOR_DOORS, "tra", null, "6000000121", false),
                        row(INTERIOR_DOORS, "stal", null, "6000000117", false)),
                ELEMENTS, List.of(row(ELEMENTS, "betong", null, "6000000077", false),
                        row(ELEMENTS, "betong", "hålbjälklag|hd ?/ ?f", "6000000059", false)),
                HOLLOW_CORE, List.of(row(HOLLOW_CORE, "betong", null, "6000000059", false)),
                OTHER, List.of(row(OTHER, "betong", "hålbjälklag|hd ?/ ?f", "6000000059", false)));
        routes = new ProductRoutes(materials, Map.of("6000000121", "tra", "6000000059", "betong"), rows,
                Map.of(DOORS, Set.of("tra", "stal")));
    }

    static void category(UUID id, UUID parent, String code, String product) {
        categories.put(id, new CategoryView(id, parent, code, code, code, product, 0, List.of()));
    }

    static ProductRoutes.Row row(UUID category, String material, String construction, String product,
                                 boolean estimate) {
        return new ProductRoutes.Row(UUID.randomUUID(), category, material, construction, product, estimate, null);
    }

    ClimateCalculator.Choice choose(UUID category, String material) {
        return routes.choose(category, material, categories, products, "02.06.000");
    }

    Savings savings(UUID category, String material, ClimateCalculator.Item item) {
        return ClimateCalculator.savings(item, choose(category, material), ClimateCalculatorTest.REUSE_A4,
                ClimateCalculatorTest.SOURCE);
    }

    static ClimateCalculator.Item door() {
        return new ClimateCalculator.Item(BigDecimal.ONE, "st", null, 900, 2100, null, null);
    }

    static ClimateCalculator.Item hollowCoreSlab() {
        return new ClimateCalculator.Item(BigDecimal.ONE, "st", 8000, 1200, 265, null, null);
    }

    @Test
    void aSteelDoorInACategoryOfWoodenDoorsGetsTheSteelDoor() {
        // the issue: "a metal variant ... got the wooden figure: 97 % too low". 6000000117 "Innerdörr utan glas,
        // stål": 0.9 × 2.1 × 46.7 = 88.263 kg; × (2.58 + 0.0417 − 0.0042) = 231.028, conservative 288.399
        Savings s = savings(INTERIOR_DOORS, "Stål, vitlackerad", door());
        assertEquals("6000000117", s.product().resourceId());
        assertEquals(Route.CATEGORY_MATERIAL, s.route());
        assertEquals(Savings.Basis.PRODUCT, s.basis());
        assertDecimal(new BigDecimal("88.263"), s.massKg());
        assertDecimal(new BigDecimal("231.028"), s.avoidedTypicalKgCo2e());
        assertDecimal(new BigDecimal("288.399"), s.avoidedConservativeKgCo2e());
        // the wooden one still gets the wooden door (6.783), and so does a door whose material is not given
        assertDecimal(new BigDecimal("6.783"), savings(INTERIOR_DOORS, "Furu", door()).avoidedTypicalKgCo2e());
        Savings unknown = savings(INTERIOR_DOORS, null, door());
        assertEquals(Route.CATEGORY, unknown.route());
        assertEquals(false, unknown.estimate());
    }

    @Test
    void theParentCategoryWithTheMaterialGivesAFigureMarkedAsAnEstimate() {
        // "the parent category with that material gave no figure at all": Dörrar × stål → 6000000115 "Ytterdörr,
        // stål, massiv" (2.1 m² ... here 0.9 × 2.1 × 29.4 = 55.566 kg; × (2.79 + 0.0375) = 157.113)
        Savings parent = savings(DOORS, "stål", door());
        assertEquals("6000000115", parent.product().resourceId());
        assertEquals(Route.CATEGORY_MATERIAL, parent.route());
        assertDecimal(new BigDecimal("157.113"), parent.avoidedTypicalKgCo2e());
        // a kind without a product of its own for steel falls back to its group's, marked
        Savings kind = savings(SASHES, "stål", door());
        assertEquals(Route.PARENT_MATERIAL, kind.route());
        assertEquals(true, kind.estimate());
        assertTrue(kind.routeReason().contains("dorrar"), kind.routeReason());
    }

    @Test
    void aWoodenDoorOfAMaterialTheCategoryHasNoProductForIsAMarkedEstimateNotTheWoodenFigure() {
        // aluminium: no row in Innerdörrar nor Dörrar: the material's stand-in (aluminium profiles), marked
        ClimateCalculator.Choice c = choose(INTERIOR_DOORS, "Aluminium");
        assertEquals(Route.MATERIAL, c.route());
        assertEquals("6000000159", c.product().resourceId());
        assertEquals(Savings.Basis.MATERIAL_ESTIMATE, c.basis());
    }

    @Test
    void aHollowCoreSlabGetsTheHollowCoreProductNotASolidElement() {
        // the issue: "an element with cavities got a solid product's figure: 123 % too high". 6000000059
        // "Hålbjälklag, HD/F": 8.0 × 1.2 × 0.265 m = 2.544 m³ × 1350 = 3434.4 kg; × (0.15 + 0.0375) = 643.950
        Savings byCategory = savings(HOLLOW_CORE, "Betong", hollowCoreSlab());
        assertEquals("6000000059", byCategory.product().resourceId());
        assertEquals(Route.CATEGORY_MATERIAL, byCategory.route());
        assertDecimal(new BigDecimal("3434.400"), byCategory.massKg());
        assertDecimal(new BigDecimal("643.950"), byCategory.avoidedTypicalKgCo2e());
        assertDecimal(new BigDecimal("774.457"), byCategory.avoidedConservativeKgCo2e());
        // in the group, or in Övrigt, the construction written in the material picks it too
        for (UUID category : List.of(ELEMENTS, OTHER)) {
            Savings byConstruction = savings(category, "Betong, HD/F 265", hollowCoreSlab());
            assertEquals("6000000059", byConstruction.product().resourceId(), category.toString());
            assertEquals(false, byConstruction.estimate());
            assertDecimal(new BigDecimal("643.950"), byConstruction.avoidedTypicalKgCo2e());
        }
        // concrete of unknown construction in Övrigt is a solid element, and marked as an estimate
        Savings solid = savings(OTHER, "Betong", hollowCoreSlab());
        assertEquals("6000000077", solid.product().resourceId());
        assertEquals(Route.MATERIAL, solid.route());
        assertEquals(true, solid.estimate());
        assertDecimal(new BigDecimal("1437.869"), solid.avoidedTypicalKgCo2e());
    }

    @Test
    void aCategorysProductOfAnotherMaterialIsTheLastFallbackAndMarked() {
        ProductRoutes noStandIns = new ProductRoutes(List.of(new ProductRoutes.Material("glas", 1, "glas", "Glas",
                "Glass", null, null)), Map.of("6000000121", "tra"), Map.of(), Map.of());
        ClimateCalculator.Choice c = noStandIns.choose(INTERIOR_DOORS, "glas", categories, products, "02.06.000");
        assertEquals(Route.CATEGORY_OTHER_MATERIAL, c.route());
        assertEquals("6000000121", c.product().resourceId());
        assertEquals(Savings.Basis.MATERIAL_ESTIMATE, c.basis());
    }

    @Test
    void withoutAnyRouteThereIsNoProductAndTheReasonSaysWhy() {
        ClimateCalculator.Choice unknown = choose(OTHER, "Sammet");
        assertEquals(Route.NONE, unknown.route());
        assertNull(unknown.product());
        assertTrue(unknown.reason().contains("Sammet"), unknown.reason());
        ClimateCalculator.Choice nothing = choose(SASHES, null);
        assertEquals(Route.NONE, nothing.route());
        assertTrue(nothing.reason().contains("no material is given"), nothing.reason());
    }

    @Test
    void theFirstMaterialByRankWinsAndCompoundsComeFirst() {
        assertEquals("tra-aluminium", routes.recognise("Trä/aluminium").orElseThrow().code());
        assertEquals("aluminium", routes.recognise("aluminiumprofil").orElseThrow().code());
        assertEquals("stal", routes.recognise("Galvad plåt").orElseThrow().code());
        assertEquals("tra", routes.recognise("Ek, oljad").orElseThrow().code());
        // only at the start of a word: "betongelement" is concrete, "teak" is not "ek"
        assertEquals("betong", routes.recognise("Betongelement").orElseThrow().code());
        assertTrue(routes.recognise("teak").isEmpty());
    }

    @Test
    void aProductsMaterialIsListedOrReadFromItsName() {
        assertEquals("tra", routes.materialOf(products.get("6000000121")).orElseThrow());
        assertEquals("tra-aluminium", routes.materialOf(products.get("6000000103")).orElseThrow());
        assertEquals("aluminium", routes.materialOf(products.get("6000000187")).orElseThrow());
    }
}
