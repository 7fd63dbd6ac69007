package se.kretslopp.wanted.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A wanted request as its organisation sees it; dimensions always as min–max ranges. */
public record WantedView(UUID id, OrganisationRef organisation, String createdBy, String text, String notes,
                         CategoryRef category, BigDecimal quantity, WantedRequestBody.Unit unit, Dimensions dimensions,
                         Integer conditionMax, WantedRequestBody.Place place, Double withinKm, LocalDate neededBy,
                         BigDecimal priceMaxSek, boolean acceptFuture, WantedStatus status, LocalDate expiresOn,
                         long matchCount, int version, OffsetDateTime createdAt, OffsetDateTime updatedAt) {

    public record OrganisationRef(UUID id, String code, String name) {
    }

    public record CategoryRef(UUID id, String code, String nameSv, String nameEn) {
    }

    public record Range(Integer min, Integer max) {
    }

    public record Dimensions(Range length, Range width, Range height) {
    }
}
