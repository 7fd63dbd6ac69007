package se.kretslopp.climate.api;

import jakarta.annotation.Nullable;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;

/**
 * The climate saving of reusing something, the way Boverket counts it: avoided = mass × (A1–A3 + A4 of the new
 * product) − mass × A4 of a reused product − refurbishment. {@code basis} says whether the product is the one the
 * mapping gives for the item (PRODUCT), a stand-in marked as an estimate (MATERIAL_ESTIMATE: {@code route} says
 * which fallback, {@code routeReason} why), or whether there is no figure (NONE: {@code reason} says why). Waste
 * avoided is the mass.
 */
public record Savings(Basis basis, @Nullable String reason, @Nullable BigDecimal massKg,
                      @Nullable MassSource massSource, @Nullable ProductRef product,
                      @Nullable BigDecimal a1a3Typical, @Nullable BigDecimal a1a3Conservative, @Nullable BigDecimal a4,
                      BigDecimal reuseA4, BigDecimal refurbishmentKgCo2e,
                      @Schema(description = "Avoided emissions computed with Boverket's typical values (A1–A3 "
                              + "typical): the headline figure")
                      @Nullable BigDecimal avoidedTypicalKgCo2e,
                      @Schema(description = "Avoided emissions computed with Boverket's conservative values (A1–A3 "
                              + "typical × the database's conservative factor, +25 %): the higher figure")
                      @Nullable BigDecimal avoidedConservativeKgCo2e,
                      boolean estimate,
                      ClimateSource source,
                      @Schema(description = "Which mapping chose the product (see docs/climate.md#the-mapping)")
                      @Nullable Route route,
                      @Schema(description = "Why that route: the mapping's note, or why no better route fitted")
                      @Nullable String routeReason) {

    /** The figure without a route (before routes existed): the route follows from the basis. */
    public Savings(Basis basis, String reason, BigDecimal massKg, MassSource massSource, ProductRef product,
                   BigDecimal a1a3Typical, BigDecimal a1a3Conservative, BigDecimal a4, BigDecimal reuseA4,
                   BigDecimal refurbishmentKgCo2e, BigDecimal avoidedTypicalKgCo2e,
                   BigDecimal avoidedConservativeKgCo2e, boolean estimate, ClimateSource source) {
        this(basis, reason, massKg, massSource, product, a1a3Typical, a1a3Conservative, a4, reuseA4,
                refurbishmentKgCo2e, avoidedTypicalKgCo2e, avoidedConservativeKgCo2e, estimate, source, null, null);
    }

    public enum Basis { PRODUCT, MATERIAL_ESTIMATE, NONE }

    /**
     * How the product was found, best first. CATEGORY_MATERIAL: the category's product for the item's material
     * (and construction); CATEGORY: the category's product (no material given, or the product's own); then the
     * fallbacks, always marked as estimates: PARENT_MATERIAL (the parent category's product for the material),
     * PARENT, MATERIAL (the material's stand-in product), CATEGORY_OTHER_MATERIAL (the category's product although
     * the item is of another material); NONE: no product.
     */
    public enum Route { CATEGORY_MATERIAL, CATEGORY, PARENT_MATERIAL, PARENT, MATERIAL, CATEGORY_OTHER_MATERIAL, NONE }

    /** How the mass was found: the item's own weight per unit, the unit kg, or the product's kg/m² or kg/m³. */
    public enum MassSource { WEIGHT_PER_UNIT, KG, AREA, VOLUME }

    public record ProductRef(String resourceId, String nameSv, @Nullable String nameEn, @Nullable String materialRule) {
    }
}
