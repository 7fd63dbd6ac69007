package se.kretslopp.search;

import java.util.ArrayList;
import java.util.List;

/**
 * Geohash cells of precision 4 (about 39 × 20 km in Kalmar): a wanted request's stored document lists the cells its
 * distance circle may reach (all cells of the circle's bounding box, a superset), and a listing is percolated only
 * against requests that list its cell or have no distance limit. The stored query still checks the exact distance.
 */
final class GeoCells {

    private static final String BASE32 = "0123456789bcdefghjkmnpqrstuvwxyz";
    private static final int PRECISION = 4;
    private static final double CELL_LAT = 180.0 / (1 << 10);
    private static final double CELL_LON = 360.0 / (1 << 10);
    /** Above this many cells (a very wide circle) the request lists none and is always a candidate. */
    private static final int MAX_CELLS = 1000;

    private GeoCells() {
    }

    /** The cell of a point. */
    static String cell(double lat, double lon) {
        double[] latRange = {-90, 90};
        double[] lonRange = {-180, 180};
        StringBuilder hash = new StringBuilder();
        boolean even = true;
        int bit = 0;
        int ch = 0;
        while (hash.length() < PRECISION) {
            double[] range = even ? lonRange : latRange;
            double value = even ? lon : lat;
            double mid = (range[0] + range[1]) / 2;
            if (value >= mid) {
                ch |= 1 << (4 - bit);
                range[0] = mid;
            } else {
                range[1] = mid;
            }
            even = !even;
            if (++bit == 5) {
                hash.append(BASE32.charAt(ch));
                bit = 0;
                ch = 0;
            }
        }
        return hash.toString();
    }

    /** Every cell of the bounding box of the circle, or null when that would be too many. */
    static List<String> covering(double lat, double lon, double km) {
        double dLat = km / 111.32;
        double dLon = km / Math.max(1e-6, 111.32 * Math.cos(Math.toRadians(Math.min(89, Math.abs(lat)))));
        double south = Math.max(-90, lat - dLat);
        double north = Math.min(90, lat + dLat);
        double west = Math.max(-180, lon - dLon);
        double east = Math.min(180, lon + dLon);
        long rows = (long) Math.ceil((north - south) / CELL_LAT) + 1;
        long columns = (long) Math.ceil((east - west) / CELL_LON) + 1;
        if (rows * columns > MAX_CELLS) {
            return null;
        }
        java.util.Set<String> cells = new java.util.LinkedHashSet<>();
        for (double y = Math.floor(south / CELL_LAT) * CELL_LAT; y <= north; y += CELL_LAT) {
            for (double x = Math.floor(west / CELL_LON) * CELL_LON; x <= east; x += CELL_LON) {
                cells.add(cell(Math.min(89.999, y + CELL_LAT / 2), Math.min(179.999, x + CELL_LON / 2)));
            }
        }
        return new ArrayList<>(cells);
    }
}
