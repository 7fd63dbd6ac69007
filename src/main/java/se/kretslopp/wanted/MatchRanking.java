package se.kretslopp.wanted;

import se.kretslopp.common.Today;
import se.kretslopp.wanted.api.WantedMatch.Reason;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The score of a supply for a wanted request, 0–100: the sum over eight criteria of weight × fit (0–1). A
 * criterion the request does not state counts in full (nothing can miss it) and gives no reason line.
 * <pre>
 *   text 20        engine relevance / best relevance among the results (future supply: 0.5 if a word is found)
 *   category 10    the very category 1, one of its sub-categories 0.8
 *   dimensions 20  mean over the stated dimensions: inside the range 1 − 0.5 × distance from its middle / half its
 *                  width, outside (near miss) or unknown 0
 *   quantity 15    share of the wanted quantity covered (another unit: 0.3)
 *   distance 10    1 − km / limit (no limit: 1 / (1 + km / 50))
 *   condition 10   grade 1: 1, 2: 0.75, 3: 0.5, 4: 0.25
 *   price 10       free 1, fixed 1 − 0.5 × price / max (no max: 1 / (1 + price / 1000)), on request 0.5
 *   availability 5 now 1, later but by the date needed 0.7, future supply 0.6
 * </pre>
 */
final class MatchRanking {

    private final WantedRow request;
    private final double bestRelevance;
    private double score;
    private boolean exact = true;
    private final List<Reason> reasons = new ArrayList<>();

    private MatchRanking(WantedRow request, double bestRelevance) {
        this.request = request;
        this.bestRelevance = bestRelevance;
    }

    record Ranked(int score, boolean exact, List<Reason> reasons, Double distanceKm) {
    }

    static Ranked rank(WantedRow r, double bestRelevance, Double relevance, boolean textFound, UUID categoryId,
                       BigDecimal quantity, String unit, Integer length, Integer width, Integer height, int condition,
                       String priceKind, BigDecimal priceSek, Double lat, Double lon, LocalDate availableFrom,
                       boolean future) {
        MatchRanking m = new MatchRanking(r, bestRelevance);
        m.text(relevance, textFound);
        m.category(categoryId);
        m.dimensions(length, width, height);
        m.quantity(quantity, unit);
        Double km = m.distance(lat, lon);
        m.condition(condition);
        m.price(priceKind, priceSek);
        m.availability(availableFrom, future);
        return new Ranked((int) Math.round(m.score), m.exact, List.copyOf(m.reasons), km);
    }

    private void text(Double relevance, boolean textFound) {
        if (request.text() == null) {
            score += 20;
            return;
        }
        double fit = relevance != null && bestRelevance > 0 ? relevance / bestRelevance : textFound ? 0.5 : 0;
        score += 20 * fit;
        reasons.add(new Reason("text", fit > 0, round(fit), null));
    }

    private void category(UUID categoryId) {
        if (request.categoryId() == null) {
            score += 10;
            return;
        }
        boolean same = request.categoryId().equals(categoryId);
        score += same ? 10 : 8;
        reasons.add(new Reason("category", true, null, null));
    }

    private void dimensions(Integer length, Integer width, Integer height) {
        List<Double> fits = new ArrayList<>();
        dimension("length", length, request.lengthMin(), request.lengthMax(), fits);
        dimension("width", width, request.widthMin(), request.widthMax(), fits);
        dimension("height", height, request.heightMin(), request.heightMax(), fits);
        score += fits.isEmpty() ? 20 : 20 * fits.stream().mapToDouble(Double::doubleValue).average().orElse(0);
    }

    private void dimension(String name, Integer value, Integer min, Integer max, List<Double> fits) {
        if (min == null && max == null) {
            return;
        }
        if (value == null) {
            fits.add(0.0);
            exact = false;
            reasons.add(new Reason(name, false, null, null));
            return;
        }
        if (min != null && value < min) {
            fits.add(0.0);
            exact = false;
            reasons.add(new Reason(name, false, value.doubleValue(), (double) (value - min)));
            return;
        }
        if (max != null && value > max) {
            fits.add(0.0);
            exact = false;
            reasons.add(new Reason(name, false, value.doubleValue(), (double) (value - max)));
            return;
        }
        double fit = 1;
        if (min != null && max != null && max > min) {
            double middle = (min + max) / 2.0;
            fit = 1 - 0.5 * Math.abs(value - middle) / ((max - min) / 2.0);
        }
        fits.add(fit);
        reasons.add(new Reason(name, true, value.doubleValue(), 0.0));
    }

    private void quantity(BigDecimal quantity, String unit) {
        if (request.quantity() == null) {
            score += 15;
            return;
        }
        if (quantity == null || !request.unit().equals(unit)) {
            score += 15 * 0.3;
            reasons.add(new Reason("quantity", false, null, null));
            return;
        }
        double share = Math.min(1, quantity.doubleValue() / request.quantity().doubleValue());
        score += 15 * share;
        reasons.add(new Reason("quantity", share >= 1, round(share), null));
    }

    private Double distance(Double lat, Double lon) {
        if (request.latitude() == null || lat == null || lon == null) {
            score += request.withinKm() == null ? 10 : 0;
            if (request.withinKm() != null) {
                reasons.add(new Reason("distance", false, null, null));
            }
            return null;
        }
        double km = distanceKm(request.latitude(), request.longitude(), lat, lon);
        if (request.withinKm() != null) {
            boolean held = km <= request.withinKm();
            score += 10 * Math.max(0, 1 - km / request.withinKm());
            reasons.add(new Reason("distance", held, round(km), held ? null : round(km - request.withinKm())));
        } else {
            score += 10 / (1 + km / 50);
            reasons.add(new Reason("distance", true, round(km), null));
        }
        return round(km);
    }

    private void condition(int condition) {
        score += 10 * (5 - condition) / 4.0;
        if (request.conditionMax() != null) {
            reasons.add(new Reason("condition", condition <= request.conditionMax(), (double) condition, null));
        }
    }

    private void price(String kind, BigDecimal sek) {
        double fit;
        if ("FREE".equals(kind)) {
            fit = 1;
        } else if ("FIXED".equals(kind) && sek != null) {
            fit = request.priceMaxSek() != null && request.priceMaxSek().signum() > 0
                    ? 1 - 0.5 * Math.min(1, sek.doubleValue() / request.priceMaxSek().doubleValue())
                    : 1 / (1 + sek.doubleValue() / 1000);
        } else {
            fit = 0.5;
        }
        score += 10 * fit;
        if (request.priceMaxSek() != null) {
            boolean held = !"FIXED".equals(kind) || sek == null || sek.compareTo(request.priceMaxSek()) <= 0;
            reasons.add(new Reason("price", held, sek == null ? ("FREE".equals(kind) ? 0.0 : null) : sek.doubleValue(),
                    null));
        }
    }

    private void availability(LocalDate from, boolean future) {
        LocalDate today = Today.date();
        double fit = future ? 0.6 : from == null || !from.isAfter(today) ? 1 : 0.7;
        score += 5 * fit;
        if (request.neededBy() != null || future) {
            boolean held = request.neededBy() == null || from == null || !from.isAfter(request.neededBy());
            Double late = held || from == null ? null : (double) ChronoUnit.DAYS.between(request.neededBy(), from);
            reasons.add(new Reason("availability", held, null, late));
        }
    }

    static double distanceKm(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2) + Math.cos(Math.toRadians(lat1))
                * Math.cos(Math.toRadians(lat2)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(a)));
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
