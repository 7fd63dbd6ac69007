package se.kretslopp.climate.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The municipal follow-up (e.g. for Klimatkontrakt 2030): per year, an organisation's handovers with their figures
 * (the same as the impact report by year; CO2e is net), the share of the mass reused inside the organisation, the
 * reuse inventories made before demolition (buildings whose first inventory item was recorded that year) and the
 * listings published that year. Each handover figure can be traced with /reports/impact/handovers for that year.
 */
public record FollowUp(ImpactReport.Organisation organisation, LocalDate from, LocalDate to,
                       List<ClimateSource> versions, List<Year> years, Year total) {

    /** {@code internalShare}: internal mass / mass (0 without mass), four decimals. */
    public record Year(String year, ImpactReport.Figures figures, BigDecimal internalShare, long inventories,
                       long listings) {
    }
}
