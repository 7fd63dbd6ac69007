package se.kretslopp.climate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.kretslopp.climate.api.Savings;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Gross and net of a handover, computed by hand. */
class NetFiguresTest {

    private static final NetFigures.Vehicle LORRY = new NetFigures.Vehicle(new BigDecimal("0.12"), "test");
    private static final BigDecimal REUSE_A4 = new BigDecimal("0.0042");

    /** The calculator's figure for a product: mass × (A1–A3 + A4 − reused A4), no refurbishment. */
    private static Savings savings(String mass, String a1a3Typical, String a1a3Conservative, String a4) {
        BigDecimal m = new BigDecimal(mass);
        return new Savings(Savings.Basis.PRODUCT, null, m, Savings.MassSource.KG, null, new BigDecimal(a1a3Typical),
                new BigDecimal(a1a3Conservative), new BigDecimal(a4), REUSE_A4, BigDecimal.ZERO,
                ClimateCalculator.avoided(m, new BigDecimal(a1a3Typical), new BigDecimal(a4), REUSE_A4, BigDecimal.ZERO),
                ClimateCalculator.avoided(m, new BigDecimal(a1a3Conservative), new BigDecimal(a4), REUSE_A4,
                        BigDecimal.ZERO), false, null);
    }

    @ParameterizedTest(name = "{0} kg, {4} km, storage {5}, refurbishment {6}")
    @CsvSource({
            // mass, a1a3 typ, a1a3 cons, a4, km, storage, refurb, gross typ, gross cons, transport, net typ, net cons
            // 458.4 × 2.0417 = 935.915; × 2.5417 = 1165.115; 0.4584 t × 50 km × 0.12 = 2.750
            "458.4, 2.0,   2.5,   0.0417, 50,  2.5, 10, 935.915,  1165.115, 2.750,  920.665,  1149.865",
            // no distance: transport is Boverket's reused A4: 458.4 × 0.0042 = 1.925; net is the calculator's figure
            "458.4, 2.0,   2.5,   0.0417,   ,     ,   , 935.915,  1165.115, 1.925,  933.990,  1163.190",
            // a made-up product, 810 kg × (1.13 + 0.0245) = 935.145 (typ), × (1.4125 + 0.0245) = 1163.970; 140 km:
            // 0.81 × 140 × 0.12 = 13.608
            "810,   1.13,  1.4125, 0.0245, 140,   ,   , 935.145,  1163.970, 13.608, 921.537,  1150.362",
            // zero distance: no transport
            "100,   0.5,   0.625, 0.05,   0,    1,  0, 55.000,   67.500,   0.000,  54.000,   66.500",
            // zero mass: zero everywhere
            "0,     2.0,   2.5,   0.0417, 50,   ,   , 0.000,    0.000,    0.000,  0.000,    0.000",
    })
    void grossNetAndTransportByHand(String mass, String typical, String conservative, String a4, String km,
                                    String storage, String refurbishment, String grossTypical,
                                    String grossConservative, String transport, String netTypical,
                                    String netConservative) {
        NetFigures net = NetFigures.of(savings(mass, typical, conservative, a4), decimal(km), decimal(storage),
                decimal(refurbishment), LORRY);
        assertDecimal(grossTypical, net.grossTypical());
        assertDecimal(grossConservative, net.grossConservative());
        assertDecimal(transport, net.transportKg());
        assertDecimal(netTypical, net.netTypical());
        assertDecimal(netConservative, net.netConservative());
        assertEquals(km == null ? NetFigures.REUSE_A4 : NetFigures.DISTANCE, net.transportBasis());
        // always: gross = net + transport + storage + refurbishment, net ≤ gross, conservative ≥ typical
        assertEquals(0, net.grossTypical().compareTo(net.netTypical().add(net.transportKg()).add(net.storageKg())
                .add(net.refurbishmentKg())));
        assertTrue(net.netTypical().compareTo(net.grossTypical()) <= 0);
        assertTrue(net.netConservative().compareTo(net.netTypical()) >= 0);
    }

    @Test
    void withoutAFigureThereIsNoGrossNorNetButTheDistanceIsKept() {
        Savings none = new Savings(Savings.Basis.NONE, "no product", null, null, null, null, null, null, REUSE_A4,
                BigDecimal.ZERO, null, null, false, null);
        NetFigures net = NetFigures.of(none, new BigDecimal("30"), null, null, LORRY);
        assertNull(net.grossTypical());
        assertNull(net.netTypical());
        assertNull(net.transportKg());
        assertEquals(NetFigures.DISTANCE, net.transportBasis());
        assertDecimal("30", net.distanceKm());
        assertDecimal("0.12", net.factor());
    }

    private static BigDecimal decimal(String s) {
        return s == null || s.isBlank() ? null : new BigDecimal(s);
    }

    private static void assertDecimal(String expected, BigDecimal actual) {
        assertEquals(0, new BigDecimal(expected).compareTo(actual), expected + " vs " + actual);
    }
}
