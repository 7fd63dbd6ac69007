package se.kretslopp.search.api;

import java.util.List;
import java.util.UUID;

/** Results for a map: each listing as a point when there are few, otherwise clusters from a geotile grid. */
public record ListingMap(long total, boolean clustered, List<Point> points, List<Cluster> clusters) {

    public record Point(UUID id, String title, double lat, double lon, int condition, ListingHits.Price price) {
    }

    public record Cluster(String key, double lat, double lon, long count) {
    }
}
