package se.kretslopp.outcome.api;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import se.kretslopp.common.ProblemException;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OutcomeRulesTest {

    @ParameterizedTest(name = "same organisation {0}, {1} {2} → {3}")
    @CsvSource({
            "true, FIXED, 450, REUSED_INTERNAL",
            "true, FREE, , REUSED_INTERNAL",
            "false, FIXED, 450, SOLD",
            "false, FIXED, 0, GIVEN_AWAY",
            "false, FREE, , GIVEN_AWAY",
            "false, ON_REQUEST, , REUSED_EXTERNAL",
            "false, , , REUSED_EXTERNAL"})
    void aHandoverIsInternalOrExternalReuseByItsPartiesAndPrice(boolean same, String kind, BigDecimal price,
                                                                 Outcome expected) {
        OutcomeDecision decision = OutcomeRules.handover(same, kind, price, null);
        assertEquals(expected, decision.outcome());
        assertFalse(decision.chosen());
    }

    @Test
    void theSellerMaySayWhichExternalReuseButNotInternalForAnotherOrganisation() {
        assertEquals(new OutcomeDecision(Outcome.SOLD, true),
                OutcomeRules.handover(false, "ON_REQUEST", null, Outcome.SOLD));
        assertEquals(new OutcomeDecision(Outcome.GIVEN_AWAY, true),
                OutcomeRules.handover(false, "FIXED", new BigDecimal("450"), Outcome.GIVEN_AWAY));
        ProblemException refused = assertThrows(ProblemException.class,
                () -> OutcomeRules.handover(false, "FREE", null, Outcome.REUSED_INTERNAL));
        assertEquals(422, refused.problem().status());
        assertEquals("outcome", refused.problem().errors().get(0).field());
        assertEquals(List.of("REUSED_EXTERNAL", "SOLD", "GIVEN_AWAY"), refused.problem().errors().get(0).allowed());
        assertThrows(ProblemException.class, () -> OutcomeRules.handover(true, "FIXED", BigDecimal.TEN, Outcome.SOLD));
        assertThrows(ProblemException.class, () -> OutcomeRules.handover(false, "FREE", null, Outcome.RECYCLED));
    }

    @Test
    void aPickIsReuseExternalByDefault() {
        assertEquals(new OutcomeDecision(Outcome.REUSED_EXTERNAL, false), OutcomeRules.pick(null));
        for (Outcome o : Outcome.REUSE) {
            assertEquals(new OutcomeDecision(o, true), OutcomeRules.pick(o));
        }
        for (Outcome o : List.of(Outcome.RECYCLED, Outcome.DISPOSED, Outcome.LOST)) {
            assertThrows(ProblemException.class, () -> OutcomeRules.pick(o));
        }
    }

    @ParameterizedTest
    @EnumSource(Outcome.class)
    void aDisposalIsRecycledByDefaultOrDisposedOf(Outcome requested) {
        assertEquals(Outcome.RECYCLED, OutcomeRules.disposal(null).outcome());
        if (requested == Outcome.RECYCLED || requested == Outcome.DISPOSED) {
            assertEquals(new OutcomeDecision(requested, true), OutcomeRules.disposal(requested));
        } else {
            ProblemException refused = assertThrows(ProblemException.class, () -> OutcomeRules.disposal(requested));
            assertEquals(List.of("RECYCLED", "DISPOSED"), refused.problem().errors().get(0).allowed());
        }
    }

    @Test
    void aCountThatFindsLessIsALoss() {
        assertEquals(new OutcomeDecision(Outcome.LOST, false), OutcomeRules.loss());
    }

    @Test
    void anItemClosedByHand() {
        // reused without the marketplace: inside the organisation unless told otherwise
        assertEquals(new OutcomeDecision(Outcome.REUSED_INTERNAL, false), OutcomeRules.itemClosed(true, false, false, null));
        assertEquals(new OutcomeDecision(Outcome.GIVEN_AWAY, true),
                OutcomeRules.itemClosed(true, false, false, Outcome.GIVEN_AWAY));
        assertThrows(ProblemException.class, () -> OutcomeRules.itemClosed(true, false, false, Outcome.DISPOSED));
        // discarded: recycled when assessed for recycling, else disposed of
        assertEquals(Outcome.RECYCLED, OutcomeRules.itemClosed(false, true, true, null).outcome());
        assertEquals(Outcome.DISPOSED, OutcomeRules.itemClosed(false, true, false, null).outcome());
        assertEquals(new OutcomeDecision(Outcome.LOST, true), OutcomeRules.itemClosed(false, true, true, Outcome.LOST));
        assertThrows(ProblemException.class, () -> OutcomeRules.itemClosed(false, true, true, Outcome.SOLD));
        // not closing: nothing, and an outcome is refused
        assertNull(OutcomeRules.itemClosed(false, false, true, null));
        ProblemException refused = assertThrows(ProblemException.class,
                () -> OutcomeRules.itemClosed(false, false, true, Outcome.RECYCLED));
        assertEquals("outcome", refused.problem().errors().get(0).field());
        assertEquals("NotApplicable", refused.problem().errors().get(0).code());
    }

    @Test
    void theVocabularyDividesIntoReuseInternalAndExternalAndWaste() {
        assertTrue(Outcome.SOLD.external() && Outcome.GIVEN_AWAY.external() && Outcome.REUSED_EXTERNAL.external());
        assertFalse(Outcome.REUSED_INTERNAL.external());
        assertTrue(Outcome.REUSED_INTERNAL.reuse());
        assertFalse(Outcome.LOST.reuse() || Outcome.LOST.waste());
        assertTrue(Outcome.RECYCLED.waste() && Outcome.DISPOSED.waste());
    }
}
