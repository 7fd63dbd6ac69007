package se.kretslopp.outcome.api;

import se.kretslopp.common.FieldCode;
import se.kretslopp.common.Message;
import se.kretslopp.common.Problem;
import se.kretslopp.common.ProblemException;
import se.kretslopp.common.ProblemType;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * Which outcomes each leaving event may have, and which it gets when nobody says (docs/outcomes.md). A value the
 * event cannot have is refused with 422 naming the field and listing the values it can. V25's backfill maps history
 * with the same rules (OutcomeBackfillTest holds the two together).
 */
public final class OutcomeRules {

    public static final String FIELD = "outcome";

    private OutcomeRules() {
    }

    /**
     * A handover: inside one organisation it is internal reuse, nothing else; to another organisation it is external
     * reuse — SOLD at a fixed price above 0, GIVEN_AWAY when free (or at 0), REUSED_EXTERNAL when the price was on
     * request — unless the seller says which (a price on request that was paid, a fixed price waived).
     */
    public static OutcomeDecision handover(boolean sameOrganisation, String priceKind, BigDecimal priceSek,
                                           Outcome requested) {
        Set<Outcome> allowed = sameOrganisation ? Set.of(Outcome.REUSED_INTERNAL) : Outcome.EXTERNAL;
        if (requested != null) {
            return chosen(requested, allowed);
        }
        if (sameOrganisation) {
            return new OutcomeDecision(Outcome.REUSED_INTERNAL, false);
        }
        if ("FIXED".equals(priceKind) && priceSek != null && priceSek.signum() > 0) {
            return new OutcomeDecision(Outcome.SOLD, false);
        }
        if ("FREE".equals(priceKind) || "FIXED".equals(priceKind)) {
            return new OutcomeDecision(Outcome.GIVEN_AWAY, false);
        }
        return new OutcomeDecision(Outcome.REUSED_EXTERNAL, false);
    }

    /** Free stock picked out of a store without a reservation: reuse; by default by another organisation. */
    public static OutcomeDecision pick(Outcome requested) {
        return requested == null ? new OutcomeDecision(Outcome.REUSED_EXTERNAL, false)
                : chosen(requested, Outcome.REUSE);
    }

    /** A disposal from a store: recycled (the default: the store sends it to recycling) or disposed of. */
    public static OutcomeDecision disposal(Outcome requested) {
        return requested == null ? new OutcomeDecision(Outcome.RECYCLED, false) : chosen(requested, Outcome.WASTE);
    }

    /** A stock-take that counted less than the ledger held: the difference is lost. */
    public static OutcomeDecision loss() {
        return new OutcomeDecision(Outcome.LOST, false);
    }

    /**
     * An inventory item closed by hand. Marked reused: reuse, by default inside the organisation (an item reused
     * without the marketplace stays in its owner's projects). Marked discarded: recycled when it was assessed for
     * recycling, otherwise disposed of; or lost. Not closing: no outcome may be given.
     */
    public static OutcomeDecision itemClosed(boolean reused, boolean discarded, boolean assessedForRecycling,
                                             Outcome requested) {
        if (!reused && !discarded) {
            if (requested != null) {
                throw new ProblemException(ProblemType.UNPROCESSABLE, Message.of("outcome.detail.notClosing"),
                        List.of(Problem.FieldError.of(FIELD, FieldCode.NOT_APPLICABLE, "outcome.notClosing")
                                .withOther("status")));
            }
            return null;
        }
        if (reused) {
            return requested == null ? new OutcomeDecision(Outcome.REUSED_INTERNAL, false)
                    : chosen(requested, Outcome.REUSE);
        }
        Set<Outcome> allowed = Set.of(Outcome.RECYCLED, Outcome.DISPOSED, Outcome.LOST);
        if (requested != null) {
            return chosen(requested, allowed);
        }
        return new OutcomeDecision(assessedForRecycling ? Outcome.RECYCLED : Outcome.DISPOSED, false);
    }

    private static OutcomeDecision chosen(Outcome requested, Set<Outcome> allowed) {
        if (!allowed.contains(requested)) {
            List<String> names = java.util.Arrays.stream(Outcome.values()).filter(allowed::contains)
                    .map(Enum::name).toList();
            Problem.FieldError error = Problem.FieldError.of(FIELD, FieldCode.INVALID_ENUM, "field.invalidEnum",
                    String.join(", ", names)).withAllowed(names);
            throw new ProblemException(ProblemType.UNPROCESSABLE, Message.of("detail.field", FIELD, error.text()),
                    List.of(error));
        }
        return new OutcomeDecision(requested, true);
    }
}
