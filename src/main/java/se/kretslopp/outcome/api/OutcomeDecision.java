package se.kretslopp.outcome.api;

/** An outcome and whether a person chose it ({@code chosen}) or the rules gave it (a default, or a handover's facts). */
public record OutcomeDecision(Outcome outcome, boolean chosen) {
}
