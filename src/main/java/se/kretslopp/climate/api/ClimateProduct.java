package se.kretslopp.climate.api;

import java.math.BigDecimal;

/**
 * One product of Boverket's climate database in one version: kg CO2e per kg to make it new (A1–A3, typical and
 * conservative) and to bring it to the site (A4), and its conversions to mass (kg per m² or m³). {@code inventoryUnit} is what the figures are per: kg for
 * all but a few products (solar cells are per m²), and only products per kg are used for reuse figures.
 */
public record ClimateProduct(String version, String resourceId, String nameSv, String nameEn, String boverketCategory,
                             String bk04Code, BigDecimal a1a3Typical, BigDecimal a1a3Conservative, BigDecimal a4,
                             BigDecimal conservativeFactor, BigDecimal kgPerM2, BigDecimal kgPerM3,
                             String conversions, String inventoryUnit) {
}
