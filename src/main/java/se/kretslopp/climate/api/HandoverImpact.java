package se.kretslopp.climate.api;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One handover's frozen figures, as the reports sum them: the row an auditor traces a total to. {@code role} is
 * GIVEN or RECEIVED from the asking organisation's side (INTERNAL when it gave to itself). CO2e in kg: gross, what
 * reuse caused (transport by {@code transportBasis}: DISTANCE or REUSE_A4, Boverket's scenario for a reused product),
 * and net = gross − transport − storage − refurbishment. Money in SEK: the fixed price paid, the reference new price
 * per unit, what the quantity costs new and the saving (new − paid).
 */
public record HandoverImpact(java.util.UUID handoverId, LocalDate handedOverOn, String role, String giverCode,
                             String giverName, String receiverCode, String receiverName, String categoryCode,
                             String categoryNameSv, String categoryNameEn, BigDecimal quantity, String unit,
                             String basis, String resourceId, String productNameSv, String datasetVersion,
                             BigDecimal massKg, BigDecimal grossTypicalKg, BigDecimal grossConservativeKg,
                             String transportBasis, BigDecimal transportDistanceKm, BigDecimal transportFactor,
                             BigDecimal transportKg, BigDecimal storageKg, BigDecimal refurbishmentKg,
                             BigDecimal netTypicalKg, BigDecimal netConservativeKg, String wasteCode,
                             String wasteNameSv, String wasteNameEn, BigDecimal valueSek, BigDecimal referencePriceSek,
                             String referenceSource, BigDecimal newValueSek, BigDecimal savedSek) {
}
