package se.kretslopp.climate;

import se.kretslopp.climate.api.Savings;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Gross and net of one handover, from the calculator's figure (computed without refurbishment) and what the reuse
 * itself caused. Gross is what a new product would have caused (A1–A3 + A4); net is gross minus transport, storage
 * and refurbishment, so that gross = net + transport + storage + refurbishment holds to the gram. Transport is the
 * recorded distance × mass × the vehicle factor, or without a distance Boverket's A4 of a reused product × mass (what
 * the calculator subtracts: without a distance, storage or refurbishment, net is the calculator's figure).
 */
record NetFigures(BigDecimal grossTypical, BigDecimal grossConservative, BigDecimal netTypical,
                  BigDecimal netConservative, String transportBasis, BigDecimal distanceKm, BigDecimal factor,
                  String factorSource, BigDecimal transportKg, BigDecimal storageKg, BigDecimal refurbishmentKg) {

    static final String DISTANCE = "DISTANCE";
    static final String REUSE_A4 = "REUSE_A4";
    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

    /** A vehicle factor in kg CO2e per tonne-km, with where it comes from. */
    record Vehicle(BigDecimal kgPerTonneKm, String source) {
    }

    static NetFigures of(Savings savings, BigDecimal distanceKm, BigDecimal storageKg, BigDecimal refurbishmentKg,
                         Vehicle vehicle) {
        BigDecimal storage = storageKg == null ? BigDecimal.ZERO : storageKg;
        BigDecimal refurbishment = refurbishmentKg == null ? BigDecimal.ZERO : refurbishmentKg;
        BigDecimal mass = savings.massKg();
        boolean byDistance = distanceKm != null;
        BigDecimal transport = null;
        if (mass != null) {
            transport = byDistance
                    ? scale(mass.divide(THOUSAND).multiply(distanceKm).multiply(vehicle.kgPerTonneKm()))
                    : savings.reuseA4() == null ? null : scale(mass.multiply(savings.reuseA4()));
        }
        String basis = byDistance ? DISTANCE : REUSE_A4;
        BigDecimal factor = byDistance ? vehicle.kgPerTonneKm() : null;
        String source = byDistance ? vehicle.source() : null;
        if (savings.avoidedTypicalKgCo2e() == null || transport == null) {
            return new NetFigures(null, null, null, null, basis, distanceKm, factor, source, transport, storage,
                    refurbishment);
        }
        // the calculator's figure already subtracts the reused product's A4 (and no refurbishment: it was given none)
        BigDecimal reuseA4 = scale(mass.multiply(savings.reuseA4()));
        BigDecimal grossTypical = savings.avoidedTypicalKgCo2e().add(reuseA4);
        BigDecimal grossConservative = savings.avoidedConservativeKgCo2e().add(reuseA4);
        BigDecimal costs = transport.add(storage).add(refurbishment);
        return new NetFigures(grossTypical, grossConservative, grossTypical.subtract(costs),
                grossConservative.subtract(costs), basis, distanceKm, factor, source, transport, storage, refurbishment);
    }

    private static BigDecimal scale(BigDecimal kg) {
        return kg.setScale(3, RoundingMode.HALF_UP);
    }
}
