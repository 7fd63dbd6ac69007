package se.kretslopp.reservation.api;

import jakarta.annotation.Nullable;
import se.kretslopp.outcome.api.OutcomeView;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A reservation as its buyer and seller see it, with what the reader may do with it now. */
public record ReservationView(UUID id, ListingRef listing, OrganisationRef seller, OrganisationRef buyer,
                              @Nullable String buyerUsername, @Nullable String buyerName, BigDecimal quantity,
                              @Nullable String message, @Nullable OffsetDateTime wishedPickupAt,
                              ReservationStatus status, @Nullable OffsetDateTime expiresAt,
                              @Nullable String rejectReason, @Nullable OffsetDateTime pickupFrom,
                              @Nullable OffsetDateTime pickupTo, @Nullable Handover handover, boolean mayConfirm,
                              boolean mayReject, boolean mayCancel, boolean mayHandOver, int version,
                              OffsetDateTime createdAt, OffsetDateTime updatedAt) {

    public record ListingRef(UUID id, String title, String unit, String status, @Nullable UUID stockLotId,
                             @Nullable String lotCode, @Nullable UUID storageSiteId) {
    }

    public record OrganisationRef(UUID id, String code, String name) {
    }

    /** {@code outcome}: what became of it (docs/outcomes.md): internal or external reuse, sold or given away. */
    public record Handover(BigDecimal quantity, LocalDate handedOverOn, @Nullable String destinationProject,
                           @Nullable String destinationAddress, @Nullable String by, @Nullable OutcomeView outcome) {
    }
}
