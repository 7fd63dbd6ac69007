package se.kretslopp.outcome.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What became of what left an organisation (its handovers as giver, its stores' picks, disposals and losses, its
 * inventory items closed by hand) in a period, per year, quarter or month ({@code groupBy}) and in total.
 */
public record OutcomeReport(Organisation organisation, LocalDate from, LocalDate to, String groupBy,
                            List<Period> periods, Figures totals) {

    public record Organisation(String code, String name) {
    }

    public record Period(String period, Figures figures) {
    }

    /** A count of leaving events and their mass (kg; events without a known mass count, but add no mass). */
    public record Sum(long events, BigDecimal massKg) {
    }

    public record Line(Outcome outcome, long events, BigDecimal massKg) {
    }

    /**
     * {@code outcomes}: every outcome, in the vocabulary's order, with zeros. {@code reusedInternal}: REUSED_INTERNAL;
     * {@code reusedExternal}: REUSED_EXTERNAL + SOLD + GIVEN_AWAY; {@code reuse}: both; {@code waste}: RECYCLED +
     * DISPOSED. {@code internalShare}: the internal share of the reused mass (0–1, 4 decimals; 0 without mass).
     * {@code soldSek}: what the sales at a fixed price brought. {@code withoutMass}: events whose mass is not known.
     */
    public record Figures(Sum all, List<Line> outcomes, Sum reuse, Sum reusedInternal, Sum reusedExternal, Sum waste,
                          Sum lost, BigDecimal internalShare, BigDecimal soldSek, long withoutMass) {
    }
}
