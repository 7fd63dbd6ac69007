package se.kretslopp.search;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The geohash cells of wanted requests' distance limits, against published geohashes (four characters). */
class GeoCellsTest {

    @ParameterizedTest(name = "{0},{1} is in {2}")
    @CsvSource({
            // the examples of the geohash article: u4pruydqqvj, ezs42, 6gkzwgjzn820
            "57.64911, 10.40744, u4pr",
            "42.6, -5.6, ezs4",
            "-25.382708, -49.265506, 6gkz",
    })
    void aPointIsInItsGeohashCell(double lat, double lon, String cell) {
        assertEquals(cell, GeoCells.cell(lat, lon));
    }

    @Test
    void aSmallCircleIsCoveredByTheCellsAroundIt() {
        double lat = 56.6634;
        double lon = 16.3568;
        List<String> cells = GeoCells.covering(lat, lon, 5);
        assertTrue(cells.size() >= 1 && cells.size() <= 4, cells.toString());
        double dLat = 4.9 / 111.32;
        double dLon = 4.9 / (111.32 * Math.cos(Math.toRadians(lat)));
        for (double[] p : new double[][]{{lat, lon}, {lat + dLat, lon}, {lat - dLat, lon}, {lat, lon + dLon},
                {lat, lon - dLon}}) {
            assertTrue(cells.contains(GeoCells.cell(p[0], p[1])), p[0] + "," + p[1] + " in " + cells);
        }
    }

    @Test
    void aVeryWideCircleListsNoCells() {
        assertNull(GeoCells.covering(56.6634, 16.3568, 5000));
    }
}
