package se.kretslopp.search.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** One page of search results with the facet counts of everything that matched. */
public record ListingHits(long total, boolean totalExact, int page, int size, List<Hit> items, String searchAfter,
                          Map<String, List<FacetBucket>> facets) {

    /** A result card. {@code highlight} holds HTML with the matched words in {@code <mark>}, everything else escaped. */
    public record Hit(UUID id, String title, String snippet, Map<String, String> highlight, CategoryRef category,
                      String material, BigDecimal quantity, String unit, Dimensions dimensions, int condition,
                      Price price, String city, Position position, Double distanceKm, OrganisationRef organisation,
                      String thumbnailUrl, LocalDate availableFrom, OffsetDateTime publishedAt, String status,
                      @com.fasterxml.jackson.annotation.JsonProperty("public") boolean isPublic) {
    }

    public record CategoryRef(UUID id, String code, String nameSv, String nameEn) {
    }

    public record OrganisationRef(UUID id, String code, String name) {
    }

    public record Dimensions(Integer lengthMm, Integer widthMm, Integer heightMm) {
    }

    public record Price(String kind, BigDecimal sek) {
    }

    public record Position(double lat, double lon) {
    }

    public record FacetBucket(String key, String label, String labelEn, long count) {
    }
}
