package se.kretslopp.climate.api;

import jakarta.annotation.Nullable;
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
                             String basis, @Nullable String resourceId, @Nullable String productNameSv,
                             @Nullable String datasetVersion, @Nullable BigDecimal massKg,
                             @Nullable BigDecimal grossTypicalKg, @Nullable BigDecimal grossConservativeKg,
                             String transportBasis, @Nullable BigDecimal transportDistanceKm,
                             @Nullable BigDecimal transportFactor, @Nullable BigDecimal transportKg,
                             @Nullable BigDecimal storageKg, @Nullable BigDecimal refurbishmentKg,
                             @Nullable BigDecimal netTypicalKg, @Nullable BigDecimal netConservativeKg,
                             @Nullable String wasteCode, @Nullable String wasteNameSv, @Nullable String wasteNameEn,
                             @Nullable BigDecimal valueSek, @Nullable BigDecimal referencePriceSek,
                             @Nullable String referenceSource, @Nullable BigDecimal newValueSek,
                             @Nullable BigDecimal savedSek) {
}
