package se.kretslopp.climate.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Realised climate impact of an organisation's handovers (as seller or buyer) in a period, grouped. The totals are
 * computed on their own and equal the sum of the groups. Figures are those frozen at each handover; {@code versions}
 * lists the versions of Boverket's climate database they came from.
 */
public record ImpactReport(Organisation organisation, LocalDate from, LocalDate to, List<String> groupBy, String role,
                           List<ClimateSource> versions, Figures totals, List<Group> groups) {

    public record Organisation(String code, String name) {
    }

    /**
     * handovers; mass reused (= kept out of waste) in kg; CO2e avoided, net, with Boverket's typical and
     * conservative values, in kg; value in SEK of the priced handovers (the fixed price paid); the part of the
     * typical CO2e that is a material estimate, and its share; handovers without a figure (mass unknown or no product
     * and no material match). Then: CO2e gross (what new products would have caused) and what reuse caused (gross =
     * net + transport + storage + refurbishment); handovers whose transport is from a recorded distance; what the
     * same things would have cost new (reference prices) and that minus the price paid, with the handovers that had
     * a reference price; the handovers and mass that stayed inside the organisation (giver = receiver).
     */
    public record Figures(long handovers, BigDecimal massKg, BigDecimal co2eTypicalKg, BigDecimal co2eConservativeKg,
                          BigDecimal valueSek, long pricedHandovers, BigDecimal estimatedCo2eTypicalKg,
                          BigDecimal estimatedShare, long withoutFigure, BigDecimal grossTypicalKg,
                          BigDecimal grossConservativeKg, BigDecimal transportKg, BigDecimal storageKg,
                          BigDecimal refurbishmentKg, long transportByDistance, BigDecimal newValueSek,
                          BigDecimal savedSek, long referencePriced, long internalHandovers,
                          BigDecimal internalMassKg) {
    }

    /** One group: its key per grouping (e.g. {"category": "golv.tragolv", "month": "2026-03"}) and labels. */
    public record Group(java.util.Map<String, String> key, java.util.Map<String, String> label, Figures figures) {
    }
}
