package se.kretslopp.climate.api;

import java.util.List;
import java.util.UUID;

/**
 * The mapping's coverage: every category with no material given and with each of its common materials (with
 * {@code all=true}: every material the mapping knows), the product it gives, by which route and why, and the pairs
 * that give none. The counts are over the rows.
 */
public record CoverageReport(ClimateSource source, int categories, int pairs, int exact, int estimates, int none,
                             List<Row> rows) {

    /** One category × material pair; {@code material} null is an item without a material. */
    public record Row(UUID categoryId, String code, String nameSv, String nameEn, String parentCode, String material,
                      String materialNameSv, boolean common, Savings.Route route, boolean estimate, String resourceId,
                      String productNameSv, String reason) {
    }
}
