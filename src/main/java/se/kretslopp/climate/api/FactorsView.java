package se.kretslopp.climate.api;

import java.math.BigDecimal;
import java.util.List;

/**
 * The method's data: the version in use, every imported version, the products of the version in use, the
 * reused product's transport factor, and the rules that pick a stand-in product from a material.
 */
public record FactorsView(ClimateSource source, List<DatasetView> datasets, BigDecimal reuseA4,
                          List<ClimateProduct> products, List<MaterialRuleView> materialRules) {

    public record MaterialRuleView(int rank, String pattern, String resourceId, String note) {
    }
}
