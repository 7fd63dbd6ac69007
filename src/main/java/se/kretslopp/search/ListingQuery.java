package se.kretslopp.search;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What a person asks the marketplace search for: text, filters, sort and page. Every part is optional. */
record ListingQuery(String text, UUID category, List<String> materials, Integer conditionMax, BigDecimal minQuantity,
                    BigDecimal priceMax, boolean freeOnly, Range length, Range width, Range height, Double lat,
                    Double lon, Double withinKm, LocalDate availableBy, List<String> organisations, UUID storageSite,
                    Sort sort, int page, int size, String searchAfter) {

    enum Sort { relevance, distance, newest, price }

    /** A min–max range in millimetres; either end may be open. */
    record Range(Integer min, Integer max) {
        boolean isOpen() {
            return min == null && max == null;
        }
    }

    boolean hasPoint() {
        return lat != null && lon != null;
    }

    boolean hasText() {
        return text != null && !text.isBlank();
    }
}
