package se.kretslopp.climate;

import se.kretslopp.climate.api.ClimateProduct;
import se.kretslopp.climate.api.ClimateSource;
import se.kretslopp.climate.api.Savings;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The method, in one place: the mass of what is reused, and what reusing it avoids. Pure arithmetic on the figures
 * it is given, so that an estimate, a listing's badge and a handover's frozen figures are computed alike.
 */
final class ClimateCalculator {

    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

    private ClimateCalculator() {
    }

    /** What is being reused. Dimensions in mm; {@code unit} one of st, m, m2, m3, kg. */
    record Item(BigDecimal quantity, String unit, Integer lengthMm, Integer widthMm, Integer heightMm,
                BigDecimal weightPerUnitKg, BigDecimal refurbishmentKgCo2e) {
    }

    /**
     * The product the item replaces and how it was chosen: {@code route} (which mapping gave it) and
     * {@code routeReason} (why that one, and for an estimate why nothing better fitted). {@code reason} is the
     * reason there is no product, when there is none.
     */
    record Choice(ClimateProduct product, Savings.Basis basis, String materialRule, String reason, Savings.Route route,
                  String routeReason) {

        /** A choice without a route of its own: the route follows from the basis. */
        Choice(ClimateProduct product, Savings.Basis basis, String materialRule, String reason) {
            this(product, basis, materialRule, reason, switch (basis) {
                case PRODUCT -> Savings.Route.CATEGORY;
                case MATERIAL_ESTIMATE -> Savings.Route.MATERIAL;
                case NONE -> Savings.Route.NONE;
            }, reason);
        }
    }

    record Mass(BigDecimal kg, Savings.MassSource source) {
    }

    static Savings savings(Item item, Choice choice, BigDecimal reuseA4, ClimateSource source) {
        ClimateProduct product = choice.product();
        BigDecimal refurbishment = item.refurbishmentKgCo2e() == null ? BigDecimal.ZERO : item.refurbishmentKgCo2e();
        Mass mass = mass(item, product);
        Savings.ProductRef ref = product == null ? null
                : new Savings.ProductRef(product.resourceId(), product.nameSv(), product.nameEn(), choice.materialRule());
        if (product == null || mass == null) {
            String reason = product == null ? choice.reason()
                    : "The mass is unknown: give a weight per unit, or dimensions that the product's conversion ("
                    + (product.conversions() == null || product.conversions().isBlank() ? "none" : product.conversions())
                    + ") can use.";
            return new Savings(Savings.Basis.NONE, reason, mass == null ? null : mass.kg(),
                    mass == null ? null : mass.source(), ref, null, null, null, reuseA4, refurbishment, null, null,
                    choice.basis() == Savings.Basis.MATERIAL_ESTIMATE, source, choice.route(), choice.routeReason());
        }
        BigDecimal typical = avoided(mass.kg(), product.a1a3Typical(), product.a4(), reuseA4, refurbishment);
        BigDecimal conservative = avoided(mass.kg(), product.a1a3Conservative(), product.a4(), reuseA4, refurbishment);
        return new Savings(choice.basis(), null, mass.kg(), mass.source(), ref, product.a1a3Typical(),
                product.a1a3Conservative(), product.a4(), reuseA4, refurbishment, typical, conservative,
                choice.basis() == Savings.Basis.MATERIAL_ESTIMATE, source, choice.route(), choice.routeReason());
    }

    /** mass × (A1–A3 + A4) − mass × reused A4 − refurbishment, in kg CO2e to three decimals. */
    static BigDecimal avoided(BigDecimal massKg, BigDecimal a1a3, BigDecimal a4, BigDecimal reuseA4,
                              BigDecimal refurbishment) {
        return massKg.multiply(a1a3.add(a4)).subtract(massKg.multiply(reuseA4)).subtract(refurbishment)
                .setScale(3, RoundingMode.HALF_UP);
    }

    /**
     * The item's mass: its own weight per unit wins; then the unit kg; then the product's conversions with the
     * quantity and dimensions (see {@link #perUnit}).
     */
    static Mass mass(Item item, ClimateProduct product) {
        PerUnit perUnit = perUnit(item, product);
        return perUnit == null ? null : new Mass(scale(item.quantity().multiply(perUnit.kg())), perUnit.source());
    }

    /** The mass of one unit of the item, unrounded, and where it came from. */
    record PerUnit(BigDecimal kg, Savings.MassSource source) {
    }

    /**
     * The mass of one unit (one piece, m, m², m³ or kg) of the item. An own weight per unit wins; a kg is a kg;
     * otherwise the product's conversion: m² × kg/m² (or × thickness × kg/m³, the thickness being the smallest
     * dimension given), m³ × kg/m³, a piece (a door, a window, a board, an element) × the area of its two largest
     * dimensions × kg/m² (or the volume of all three × kg/m³), a running metre × its cross-section (width × height)
     * × kg/m³ (or × its height, the larger of the two, × kg/m²). Null when nothing gives a mass.
     */
    static PerUnit perUnit(Item item, ClimateProduct product) {
        if (item.weightPerUnitKg() != null && item.weightPerUnitKg().signum() > 0) {
            return new PerUnit(item.weightPerUnitKg(), Savings.MassSource.WEIGHT_PER_UNIT);
        }
        if ("kg".equals(item.unit())) {
            return new PerUnit(BigDecimal.ONE, Savings.MassSource.KG);
        }
        if (product == null || item.unit() == null) {
            return null;
        }
        BigDecimal perM2 = product.kgPerM2();
        BigDecimal perM3 = product.kgPerM3();
        List<BigDecimal> dims = metres(item);
        switch (item.unit()) {
            case "m2" -> {
                if (perM2 != null) {
                    return new PerUnit(perM2, Savings.MassSource.AREA);
                }
                if (perM3 != null && !dims.isEmpty()) {
                    return new PerUnit(dims.get(dims.size() - 1).multiply(perM3), Savings.MassSource.VOLUME);
                }
            }
            case "m3" -> {
                if (perM3 != null) {
                    return new PerUnit(perM3, Savings.MassSource.VOLUME);
                }
            }
            case "st" -> {
                if (perM2 != null && dims.size() >= 2) {
                    return new PerUnit(dims.get(0).multiply(dims.get(1)).multiply(perM2), Savings.MassSource.AREA);
                }
                if (perM3 != null && dims.size() == 3) {
                    return new PerUnit(dims.get(0).multiply(dims.get(1)).multiply(dims.get(2)).multiply(perM3),
                            Savings.MassSource.VOLUME);
                }
            }
            case "m" -> {
                if (perM3 != null && item.widthMm() != null && item.heightMm() != null) {
                    return new PerUnit(mm(item.widthMm()).multiply(mm(item.heightMm())).multiply(perM3),
                            Savings.MassSource.VOLUME);
                }
                if (perM2 != null && (item.widthMm() != null || item.heightMm() != null)) {
                    int height = Math.max(item.widthMm() == null ? 0 : item.widthMm(),
                            item.heightMm() == null ? 0 : item.heightMm());
                    return new PerUnit(mm(height).multiply(perM2), Savings.MassSource.AREA);
                }
            }
            default -> {
                return null;
            }
        }
        return null;
    }

    /**
     * The other way: how much of the item, in its unit and with its dimensions, weighs {@code kg} (to six
     * decimals), or null when nothing gives a mass per unit. {@code mass} of that quantity is {@code kg} again, up
     * to rounding.
     */
    static BigDecimal quantityOf(BigDecimal kg, Item item, ClimateProduct product) {
        PerUnit perUnit = perUnit(item, product);
        return perUnit == null || perUnit.kg().signum() == 0 ? null
                : kg.divide(perUnit.kg(), 6, RoundingMode.HALF_UP);
    }

    private static List<BigDecimal> metres(Item item) {
        List<BigDecimal> dims = new ArrayList<>();
        for (Integer d : new Integer[] {item.lengthMm(), item.widthMm(), item.heightMm()}) {
            if (d != null) {
                dims.add(mm(d));
            }
        }
        dims.removeIf(Objects::isNull);
        dims.sort(Comparator.reverseOrder());
        return dims;
    }

    private static BigDecimal mm(int millimetres) {
        return BigDecimal.valueOf(millimetres).divide(THOUSAND);
    }

    private static BigDecimal scale(BigDecimal kg) {
        return kg.setScale(3, RoundingMode.HALF_UP);
    }
}
