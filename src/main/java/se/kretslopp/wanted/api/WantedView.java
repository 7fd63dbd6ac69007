package se.kretslopp.wanted.api;

import jakarta.annotation.Nullable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A wanted request as its organisation sees it; dimensions always as min–max ranges. */
public record WantedView(UUID id, OrganisationRef organisation, String createdBy, @Nullable String text,
                         @Nullable String notes, @Nullable CategoryRef category, @Nullable BigDecimal quantity,
                         @Nullable WantedRequestBody.Unit unit, Dimensions dimensions, @Nullable Integer conditionMax,
                         @Nullable WantedRequestBody.Place place, @Nullable Double withinKm,
                         @Nullable LocalDate neededBy, @Nullable BigDecimal priceMaxSek, boolean acceptFuture,
                         WantedStatus status, LocalDate expiresOn, long matchCount, int version,
                         OffsetDateTime createdAt, OffsetDateTime updatedAt) {

    public record OrganisationRef(UUID id, String code, String name) {
    }

    public record CategoryRef(UUID id, String code, String nameSv, String nameEn) {
    }

    /** Named apart from the search's Range of the same shape, so RequiredResponseProperties can tell them apart. */
    @Schema(name = "WantedRange")
    public record Range(@Nullable Integer min, @Nullable Integer max) {
    }

    public record Dimensions(Range length, Range width, Range height) {
    }
}
