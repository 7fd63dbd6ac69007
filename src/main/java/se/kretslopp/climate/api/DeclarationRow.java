package se.kretslopp.climate.api;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What was reused in one receiving project, one row per handover received: input to the builder's climate
 * declaration (klimatdeklaration). It says what came, from which Boverket product and how far it travelled; how the
 * declaration treats reused products is for the declarant, under Boverket's rules.
 */
public record DeclarationRow(String project, java.util.UUID handoverId, LocalDate handedOverOn, String giverName,
                             String categoryCode, String categoryNameSv, String productNameSv, String resourceId,
                             String datasetVersion, BigDecimal quantity, String unit, BigDecimal massKg,
                             BigDecimal transportDistanceKm) {
}
