package se.kretslopp.listing.api;

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
public record ListingView(UUID id, OrganisationRef organisation, UUID inventoryItemId, UUID storageSiteId,
                          UUID stockLotId,
                          CategoryRef category, String title, String description, String material,
                          BigDecimal quantity, BigDecimal held, BigDecimal available, ListingRequest.Unit unit,
                          ListingRequest.Dimensions dimensions,
                          BigDecimal weightPerUnitKg, int condition, String conditionNotes,
                          ListingRequest.Price price, ListingRequest.Location location, String pickupInstructions,
                          LocalDate availableFrom, ListingRequest.Visibility visibility, LocalDate publicFrom,
                          @JsonProperty("public") boolean isPublic, ListingStatus status,
                          OffsetDateTime publishedAt, LocalDate expiresOn, long photoCount, String thumbnailUrl,
                          boolean editable, int version, OffsetDateTime createdAt, OffsetDateTime updatedAt) {

    public record OrganisationRef(UUID id, String code, String name) {
    }

    public record CategoryRef(UUID id, String code, String nameSv, String nameEn) {
    }
}
