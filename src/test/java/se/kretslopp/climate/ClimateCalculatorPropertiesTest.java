package se.kretslopp.climate;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.BeforeContainer;
import se.kretslopp.climate.api.ClimateProduct;
import se.kretslopp.climate.api.Savings;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What always holds, for every product of Boverket's database (per kg) and any quantity: the figure with the
 * conservative values is at least the typical one, no mass avoids nothing, more mass avoids more, and a quantity
 * converted to a mass and back (or a mass to a quantity and back) is what it was, up to the rounding to grams.
 */
class ClimateCalculatorPropertiesTest {

    static List<ClimateProduct> products;

    @BeforeContainer
    static void readTheBundledDatabase() throws IOException {
        try (InputStream in = ClimateCalculatorPropertiesTest.class
                .getResourceAsStream("/climate/boverket-klimatdatabas-02.06.000-gwp.csv")) {
            products = BoverketFile.parse(in.readAllBytes(), "02.06.000").stream().map(BoverketFile.Row::product)
                    .filter(p -> "kg".equals(p.inventoryUnit())).toList();
        }
    }

    @Provide
    Arbitrary<ClimateProduct> product() {
        return Arbitraries.integers().between(0, 10_000).map(i -> products.get(i % products.size()));
    }

    @Provide
    Arbitrary<BigDecimal> mass() {
        return Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("1000000")).ofScale(3);
    }

    @Provide
    Arbitrary<ClimateCalculator.Item> shape() {
        Arbitrary<String> unit = Arbitraries.of("st", "m", "m2", "m3");
        Arbitrary<Integer> mm = Arbitraries.integers().between(1, 20_000).injectNull(0.2);
        return Combinators.combine(unit, mm, mm, mm).as((u, l, w, h) ->
                new ClimateCalculator.Item(BigDecimal.ONE, u, l, w, h, null, null));
    }

    @Property
    void theConservativeFigureIsNeverBelowTheTypicalOne(@ForAll("product") ClimateProduct p,
                                                       @ForAll("mass") BigDecimal kg) {
        BigDecimal typical = avoided(kg, p, p.a1a3Typical());
        BigDecimal conservative = avoided(kg, p, p.a1a3Conservative());
        assertTrue(conservative.compareTo(typical) >= 0, p.resourceId() + ": " + conservative + " < " + typical);
    }

    @Property
    void noMassAvoidsNothing(@ForAll("product") ClimateProduct p) {
        Savings s = ClimateCalculator.savings(new ClimateCalculator.Item(BigDecimal.ZERO, "kg", null, null, null,
                null, null), new ClimateCalculator.Choice(p, Savings.Basis.PRODUCT, null, null),
                ClimateCalculatorTest.REUSE_A4, ClimateCalculatorTest.SOURCE);
        assertEquals(0, s.avoidedTypicalKgCo2e().signum());
        assertEquals(0, s.avoidedConservativeKgCo2e().signum());
        assertEquals(0, s.massKg().signum());
    }

    @Property
    void moreMassAvoidsMore(@ForAll("product") ClimateProduct p, @ForAll("mass") BigDecimal a,
                            @ForAll("mass") BigDecimal b) {
        BigDecimal less = a.min(b);
        BigDecimal more = a.max(b);
        assertTrue(avoided(more, p, p.a1a3Typical()).compareTo(avoided(less, p, p.a1a3Typical())) >= 0);
        assertTrue(avoided(more, p, p.a1a3Conservative()).compareTo(avoided(less, p, p.a1a3Conservative())) >= 0);
    }

    @Property
    void aWeightGivenAlwaysWins(@ForAll("product") ClimateProduct p, @ForAll("shape") ClimateCalculator.Item shape,
                                @ForAll("mass") BigDecimal weight) {
        if (weight.signum() == 0) {
            return;
        }
        ClimateCalculator.Item item = new ClimateCalculator.Item(new BigDecimal("3"), shape.unit(), shape.lengthMm(),
                shape.widthMm(), shape.heightMm(), weight, null);
        ClimateCalculator.Mass mass = ClimateCalculator.mass(item, p);
        assertEquals(Savings.MassSource.WEIGHT_PER_UNIT, mass.source());
        assertEquals(0, weight.multiply(new BigDecimal("3")).setScale(3, RoundingMode.HALF_UP).compareTo(mass.kg()));
    }

    @Property
    void aQuantityToAMassAndBackIsTheSameQuantity(@ForAll("product") ClimateProduct p,
                                                  @ForAll("shape") ClimateCalculator.Item shape,
                                                  @ForAll("mass") BigDecimal quantity) {
        ClimateCalculator.PerUnit perUnit = ClimateCalculator.perUnit(shape, p);
        if (perUnit == null || perUnit.kg().signum() == 0 || quantity.signum() == 0) {
            return;
        }
        ClimateCalculator.Item item = withQuantity(shape, quantity);
        BigDecimal kg = ClimateCalculator.mass(item, p).kg();
        BigDecimal back = ClimateCalculator.quantityOf(kg, item, p);
        assertNotNull(back);
        // the mass is rounded to grams: the way back is off by at most half a gram's worth of the unit
        BigDecimal tolerance = new BigDecimal("0.0005").divide(perUnit.kg(), 9, RoundingMode.UP)
                .add(new BigDecimal("0.000001"));
        assertTrue(back.subtract(quantity).abs().compareTo(tolerance) <= 0,
                p.resourceId() + " " + shape + ": " + quantity + " → " + kg + " kg → " + back);
    }

    @Property
    void aMassToAQuantityAndBackIsTheSameMass(@ForAll("product") ClimateProduct p,
                                              @ForAll("shape") ClimateCalculator.Item shape,
                                              @ForAll("mass") BigDecimal kg) {
        BigDecimal quantity = ClimateCalculator.quantityOf(kg, shape, p);
        if (quantity == null) {
            return;
        }
        BigDecimal back = ClimateCalculator.mass(withQuantity(shape, quantity), p).kg();
        ClimateCalculator.PerUnit perUnit = ClimateCalculator.perUnit(shape, p);
        // the quantity is rounded to six decimals: the way back is off by half a millionth of a unit's mass
        BigDecimal tolerance = perUnit.kg().multiply(new BigDecimal("0.0000005")).add(new BigDecimal("0.001"));
        assertTrue(back.subtract(kg).abs().compareTo(tolerance) <= 0,
                p.resourceId() + " " + shape + ": " + kg + " kg → " + quantity + " → " + back);
    }

    @Property
    void squareMetresAndPiecesOfTheSameAreaWeighTheSame(@ForAll("product") ClimateProduct p,
                                                        @ForAll("mm") int width, @ForAll("mm") int height) {
        if (p.kgPerM2() == null) {
            return;
        }
        BigDecimal area = BigDecimal.valueOf(width).multiply(BigDecimal.valueOf(height)).movePointLeft(6);
        BigDecimal asPiece = ClimateCalculator.mass(new ClimateCalculator.Item(BigDecimal.ONE, "st", null, width,
                height, null, null), p).kg();
        BigDecimal asArea = ClimateCalculator.mass(new ClimateCalculator.Item(area, "m2", null, null, null, null,
                null), p).kg();
        assertEquals(0, asPiece.compareTo(asArea), p.resourceId() + ": " + asPiece + " ≠ " + asArea);
    }

    @Provide
    Arbitrary<Integer> mm() {
        return Arbitraries.integers().between(1, 20_000);
    }

    private static ClimateCalculator.Item withQuantity(ClimateCalculator.Item shape, BigDecimal quantity) {
        return new ClimateCalculator.Item(quantity, shape.unit(), shape.lengthMm(), shape.widthMm(), shape.heightMm(),
                shape.weightPerUnitKg(), shape.refurbishmentKgCo2e());
    }

    private static BigDecimal avoided(BigDecimal kg, ClimateProduct p, BigDecimal a1a3) {
        return ClimateCalculator.avoided(kg, a1a3, p.a4(), ClimateCalculatorTest.REUSE_A4, BigDecimal.ZERO);
    }
}
