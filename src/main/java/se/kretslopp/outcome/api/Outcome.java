package se.kretslopp.outcome.api;

import java.util.EnumSet;
import java.util.Set;

/**
 * What became of a quantity that left an inventory or a store (docs/outcomes.md). Reuse is internal (the same
 * organisation took it into use) or external (another organisation did); external reuse is SOLD when money was paid,
 * GIVEN_AWAY when it went for free, and REUSED_EXTERNAL when the money is not known (a price on request) or not the
 * point. The rest did not get a new use: recycled as material, disposed of, or lost.
 */
public enum Outcome {
    REUSED_INTERNAL, REUSED_EXTERNAL, SOLD, GIVEN_AWAY, RECYCLED, DISPOSED, LOST;

    /** Reuse: the material went to a new use as it is. */
    public static final Set<Outcome> REUSE = EnumSet.of(REUSED_INTERNAL, REUSED_EXTERNAL, SOLD, GIVEN_AWAY);
    /** Reuse by another organisation: sold, given away or otherwise passed on. */
    public static final Set<Outcome> EXTERNAL = EnumSet.of(REUSED_EXTERNAL, SOLD, GIVEN_AWAY);
    /** Waste: recycled as material or disposed of; these carry a waste code. */
    public static final Set<Outcome> WASTE = EnumSet.of(RECYCLED, DISPOSED);

    public boolean reuse() {
        return REUSE.contains(this);
    }

    public boolean external() {
        return EXTERNAL.contains(this);
    }

    public boolean waste() {
        return WASTE.contains(this);
    }
}
