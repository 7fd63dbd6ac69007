package se.kretslopp.search.api;

import jakarta.annotation.Nullable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of search results with the facet counts of everything that matched. */
public record ListingHits(long total, boolean totalExact, int page, int size, List<Hit> items,
                          @Nullable String searchAfter, Map<String, List<FacetBucket>> facets) {

    /** A result card. {@code highlight} holds HTML with the matched words in {@code <mark>}, everything else escaped. */
    public record Hit(UUID id, String title, @Nullable String snippet, @Nullable Map<String, String> highlight,
                      CategoryRef category, @Nullable String material, BigDecimal quantity, String unit,
                      @Nullable Dimensions dimensions, int condition, Price price, @Nullable String city,
                      @Nullable Position position, @Nullable Double distanceKm, OrganisationRef organisation,
                      @Nullable String thumbnailUrl, @Nullable LocalDate availableFrom,
                      @Nullable OffsetDateTime publishedAt, String status,
                      @com.fasterxml.jackson.annotation.JsonProperty("public") boolean isPublic) {
    }

    public record CategoryRef(UUID id, String code, String nameSv, String nameEn) {
    }

    public record OrganisationRef(UUID id, String code, String name) {
    }

    /** Named apart from the request records of the same shape, so RequiredResponseProperties can tell them apart. */
    @Schema(name = "HitDimensions")
    public record Dimensions(@Nullable Integer lengthMm, @Nullable Integer widthMm, @Nullable Integer heightMm) {
    }

    /** Named apart from ListingRequest.Price for the same reason. */
    @Schema(name = "HitPrice")
    public record Price(String kind, @Nullable BigDecimal sek) {
    }

    public record Position(double lat, double lon) {
    }

    public record FacetBucket(String key, String label, String labelEn, long count) {
    }
}
