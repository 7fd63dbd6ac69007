package se.kretslopp.delivery;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The road distance of a delivery, estimated from the positions of its two ends: the great-circle distance
 * (haversine, mean Earth radius) times {@link #ROAD_FACTOR}. Roads are longer than the straight line; 1.3 is the
 * detour factor commonly used for Swedish and European regional road networks (between about 1.2 on open plains and
 * 1.4 around water and hills, such as Kalmarsund). The carrier's driven kilometres, when entered, replace it.
 */
final class Distances {

    static final double EARTH_RADIUS_KM = 6371.0088;
    static final double ROAD_FACTOR = 1.3;

    private Distances() {
    }

    static double greatCircleKm(double lat1, double lon1, double lat2, double lon2) {
        double phi1 = Math.toRadians(lat1);
        double phi2 = Math.toRadians(lat2);
        double dPhi = Math.toRadians(lat2 - lat1);
        double dLambda = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dPhi / 2) * Math.sin(dPhi / 2)
                + Math.cos(phi1) * Math.cos(phi2) * Math.sin(dLambda / 2) * Math.sin(dLambda / 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
    }

    /** The estimated road distance in km to one decimal, or null when either end has no position. */
    static BigDecimal roadKm(Double lat1, Double lon1, Double lat2, Double lon2) {
        if (lat1 == null || lon1 == null || lat2 == null || lon2 == null) {
            return null;
        }
        return BigDecimal.valueOf(greatCircleKm(lat1, lon1, lat2, lon2) * ROAD_FACTOR).setScale(1, RoundingMode.HALF_UP);
    }
}
