package se.kretslopp.climate.api;

import jakarta.annotation.Nullable;
import java.math.BigDecimal;

/**
 * One product of Boverket's climate database in one version: kg CO2e per kg to make it new (A1–A3, typical and
 * conservative) and to bring it to the site (A4), and its conversions to mass (kg per m² or m³). {@code inventoryUnit} is what the figures are per: kg for
 * all but a few products (solar cells are per m²), and only products per kg are used for reuse figures.
 */
public record ClimateProduct(String version, String resourceId, String nameSv, @Nullable String nameEn,
                             @Nullable String boverketCategory, @Nullable String bk04Code, BigDecimal a1a3Typical,
                             BigDecimal a1a3Conservative, BigDecimal a4, @Nullable BigDecimal conservativeFactor,
                             @Nullable BigDecimal kgPerM2, @Nullable BigDecimal kgPerM3, @Nullable String conversions,
                             String inventoryUnit) {
}
