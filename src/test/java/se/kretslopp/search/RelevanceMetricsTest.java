package se.kretslopp.search;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The calculator against values worked out by hand. */
class RelevanceMetricsTest {

    static final Map<String, Integer> JUDGED = Map.of("a", 3, "b", 2, "c", 1);

    @Test
    void theIdealOrderScoresOne() {
        assertEquals(1.0, RelevanceMetrics.ndcg(List.of("a", "b", "c"), JUDGED, 10), 1e-12);
        assertEquals(1.0, RelevanceMetrics.ndcg(List.of("a", "b", "c", "x", "y"), JUDGED, 10), 1e-12);
    }

    @Test
    void aWorseOrderScoresByTheDiscountedGains() {
        // ideal: 7/1 + 3/log2(3) + 1/2 = 9.392789; answer c, x, a: 1/1 + 0 + 7/2 = 4.5
        double ideal = 7 + 3 / (Math.log(3) / Math.log(2)) + 0.5;
        assertEquals(4.5 / ideal, RelevanceMetrics.ndcg(List.of("c", "x", "a"), JUDGED, 10), 1e-12);
        // only the first k count
        assertEquals(1.0 / (7 + 3 / (Math.log(3) / Math.log(2))),
                RelevanceMetrics.ndcg(List.of("c", "x", "a"), JUDGED, 2), 1e-12);
    }

    @Test
    void anEmptyAnswerScoresZeroAndNothingToFindScoresOne() {
        assertEquals(0.0, RelevanceMetrics.ndcg(List.of(), JUDGED, 10), 1e-12);
        assertEquals(0.0, RelevanceMetrics.recall(List.of(), JUDGED, 20), 1e-12);
        assertEquals(1.0, RelevanceMetrics.ndcg(List.of("x"), Map.of(), 10), 1e-12);
        assertEquals(1.0, RelevanceMetrics.recall(List.of("x"), Map.of("c", 1), 20), 1e-12);
    }

    @Test
    void recallCountsListingsGradedTwoOrMoreWithinK() {
        assertEquals(0.5, RelevanceMetrics.recall(List.of("a", "c", "x"), JUDGED, 20), 1e-12);
        assertEquals(1.0, RelevanceMetrics.recall(List.of("x", "b", "a", "a"), JUDGED, 20), 1e-12);
        assertEquals(0.5, RelevanceMetrics.recall(List.of("x", "b", "a"), JUDGED, 2), 1e-12);
        assertEquals(0.5, RelevanceMetrics.mean(List.of(0.0, 1.0)), 1e-12);
    }
}
