package se.kretslopp.climate.api;

import java.math.BigDecimal;

/**
 * The climate saving of reusing something, the way Boverket counts it: avoided = mass × (A1–A3 + A4 of the new
 * product) − mass × A4 of a reused product − refurbishment. {@code basis} says where the product came from:
 * PRODUCT (the category's Boverket product), MATERIAL_ESTIMATE (no product for the category: a stand-in product
 * picked by the material, an estimate), or NONE (no figure: {@code reason} says why). Waste avoided is the mass.
 */
public record Savings(Basis basis, String reason, BigDecimal massKg, MassSource massSource,
                      ProductRef product, BigDecimal a1a3Typical, BigDecimal a1a3Conservative, BigDecimal a4,
                      BigDecimal reuseA4, BigDecimal refurbishmentKgCo2e,
                      BigDecimal avoidedTypicalKgCo2e, BigDecimal avoidedConservativeKgCo2e, boolean estimate,
                      ClimateSource source) {

    public enum Basis { PRODUCT, MATERIAL_ESTIMATE, NONE }

    /** How the mass was found: the item's own weight per unit, the unit kg, or the product's kg/m² or kg/m³. */
    public enum MassSource { WEIGHT_PER_UNIT, KG, AREA, VOLUME }

    public record ProductRef(String resourceId, String nameSv, String nameEn, String materialRule) {
    }
}
