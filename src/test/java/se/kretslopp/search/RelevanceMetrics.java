package se.kretslopp.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Ranking quality of one answer against graded judgments (0 not relevant … 3 what was asked for): nDCG@k with
 * the exponential gain {@code 2^grade - 1}, and recall@k of the listings judged at least {@link #RELEVANT}.
 * Unjudged listings count as 0.
 */
final class RelevanceMetrics {

    /** The grade from which a listing must be found for recall. */
    static final int RELEVANT = 2;

    private RelevanceMetrics() {
    }

    /** nDCG@k: the answer's discounted gain over the best possible order's; 1 when nothing is judged relevant. */
    static double ndcg(List<String> answer, Map<String, Integer> judgments, int k) {
        double ideal = dcg(judgments.values().stream().sorted((a, b) -> b - a).toList(), k);
        if (ideal == 0) {
            return 1;
        }
        List<Integer> grades = new ArrayList<>();
        for (String key : answer) {
            grades.add(judgments.getOrDefault(key, 0));
        }
        return dcg(grades, k) / ideal;
    }

    /** The share of the listings judged relevant that are among the first k; 1 when none is. */
    static double recall(List<String> answer, Map<String, Integer> judgments, int k) {
        long relevant = judgments.values().stream().filter(g -> g >= RELEVANT).count();
        if (relevant == 0) {
            return 1;
        }
        long found = answer.stream().limit(k).distinct().filter(key -> judgments.getOrDefault(key, 0) >= RELEVANT)
                .count();
        return (double) found / relevant;
    }

    static double mean(Collection<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).average().orElse(0);
    }

    private static double dcg(List<Integer> grades, int k) {
        double sum = 0;
        for (int i = 0; i < Math.min(k, grades.size()); i++) {
            sum += (Math.pow(2, grades.get(i)) - 1) / (Math.log(i + 2) / Math.log(2));
        }
        return sum;
    }
}
