package se.kretslopp.listing.api;

import jakarta.annotation.Nullable;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A listing as the API shows it. {@code public} is the visibility in effect today; {@code editable} says whether
 * the caller may edit or withdraw it now (own organisation, and not reserved or handed over). {@code held} is what
 * active reservations hold of {@code quantity}; {@code available} what can still be reserved.
 */
public record ListingView(UUID id, OrganisationRef organisation, @Nullable UUID inventoryItemId,
                          @Nullable UUID storageSiteId, @Nullable UUID stockLotId, CategoryRef category, String title,
                          @Nullable String description, @Nullable String material, BigDecimal quantity, BigDecimal held,
                          BigDecimal available, ListingRequest.Unit unit,
                          @Nullable ListingRequest.Dimensions dimensions, @Nullable BigDecimal weightPerUnitKg,
                          int condition, @Nullable String conditionNotes, ListingRequest.Price price,
                          @Nullable ListingRequest.Location location, @Nullable String pickupInstructions,
                          @Nullable LocalDate availableFrom, ListingRequest.Visibility visibility,
                          @Nullable LocalDate publicFrom, @JsonProperty("public") boolean isPublic,
                          ListingStatus status, @Nullable OffsetDateTime publishedAt, @Nullable LocalDate expiresOn,
                          long photoCount, @Nullable String thumbnailUrl, boolean editable, int version,
                          OffsetDateTime createdAt, OffsetDateTime updatedAt) {

    public record OrganisationRef(UUID id, String code, String name) {
    }

    public record CategoryRef(UUID id, String code, String nameSv, String nameEn) {
    }
}
