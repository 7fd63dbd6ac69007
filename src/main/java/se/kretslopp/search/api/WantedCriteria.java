package se.kretslopp.search.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A wanted request as the percolator index holds it: what a listing must satisfy. {@code stored} says whether it
 * belongs in the index at all (open or paused requests do; closed, expired and deleted ones do not). The wanted
 * feature builds it from PostgreSQL; the search feature turns it into a stored query.
 */
public record WantedCriteria(UUID id, int version, UUID organisationId, String organisationGroup, boolean stored,
                             String text, UUID categoryId, Integer conditionMax, Range length, Range width,
                             Range height, Double latitude, Double longitude, Double withinKm, LocalDate neededBy,
                             BigDecimal priceMaxSek, boolean acceptFuture) {

    /** A min–max range in millimetres; either end may be open. */
    public record Range(Integer min, Integer max) {
        public boolean isOpen() {
            return min == null && max == null;
        }

        public boolean contains(Integer value) {
            return value != null && (min == null || value >= min) && (max == null || value <= max);
        }
    }
}
