package se.kretslopp.listing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import se.kretslopp.listing.api.ListingRequest.PriceKind;
import se.kretslopp.listing.api.ListingRequest.Unit;
import se.kretslopp.listing.api.ListingRequest.Visibility;
import se.kretslopp.listing.api.ListingStatus;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A marketplace listing (annons): an offer of a quantity of one material by one organisation. */
@Entity
@Table(name = "listing")
class Listing {

    @Id
    UUID id;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    UUID organisationId;

    @Column(name = "inventory_item_id", updatable = false)
    UUID inventoryItemId;

    @Column(name = "storage_site_id")
    UUID storageSiteId;

    /** The stored lot it offers; its quantity then follows the lot (a trigger keeps it at what is free). */
    @Column(name = "stock_lot_id", updatable = false)
    UUID stockLotId;

    /** For a lot listing: the most it offers of the lot. */
    @Column(name = "lot_offer_limit")
    java.math.BigDecimal lotOfferLimit;

    /** What active reservations hold; written only by the reservations' statements (never by this entity). */
    @Column(insertable = false, updatable = false)
    java.math.BigDecimal held;

    /** What has been handed over to buyers; written only by handovers. */
    @Column(name = "handed_over", insertable = false, updatable = false)
    java.math.BigDecimal handedOver;

    @Column(name = "category_id", nullable = false)
    UUID categoryId;

    String title;
    String description;
    String material;
    BigDecimal quantity;

    @Enumerated(EnumType.STRING)
    Unit unit;

    @Column(name = "length_mm")
    Integer lengthMm;

    @Column(name = "width_mm")
    Integer widthMm;

    @Column(name = "height_mm")
    Integer heightMm;

    @Column(name = "weight_per_unit_kg")
    BigDecimal weightPerUnitKg;

    int condition;

    @Column(name = "condition_notes")
    String conditionNotes;

    @Enumerated(EnumType.STRING)
    @Column(name = "price_kind")
    PriceKind priceKind;

    @Column(name = "price_sek")
    BigDecimal priceSek;

    @Column(name = "street_address")
    String streetAddress;

    @Column(name = "postal_code")
    String postalCode;

    String city;
    Double latitude;
    Double longitude;

    @Column(name = "pickup_instructions")
    String pickupInstructions;

    @Column(name = "available_from")
    LocalDate availableFrom;

    @Enumerated(EnumType.STRING)
    Visibility visibility;

    @Column(name = "public_from")
    LocalDate publicFrom;

    @Enumerated(EnumType.STRING)
    ListingStatus status;

    @Column(name = "published_at")
    OffsetDateTime publishedAt;

    @Column(name = "expires_on")
    LocalDate expiresOn;

    @Column(name = "created_by", nullable = false, updatable = false)
    String createdBy;

    @Version
    int version;

    @Column(name = "created_at", nullable = false, updatable = false)
    OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    OffsetDateTime updatedAt;

    /** Public now: public, or internal and its public day has come. */
    boolean isPublicOn(LocalDate day) {
        return visibility == Visibility.PUBLIC || (publicFrom != null && !publicFrom.isAfter(day));
    }
}
