package se.kretslopp.reservation.api;

import se.kretslopp.outcome.api.OutcomeView;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A reservation as its buyer and seller see it, with what the reader may do with it now. */
public record ReservationView(UUID id, ListingRef listing, OrganisationRef seller, OrganisationRef buyer,
                              String buyerUsername, String buyerName, BigDecimal quantity, String message,
                              OffsetDateTime wishedPickupAt, ReservationStatus status, OffsetDateTime expiresAt,
                              String rejectReason, OffsetDateTime pickupFrom, OffsetDateTime pickupTo,
                              Handover handover, boolean mayConfirm, boolean mayReject, boolean mayCancel,
                              boolean mayHandOver, int version, OffsetDateTime createdAt, OffsetDateTime updatedAt) {

    public record ListingRef(UUID id, String title, String unit, String status, UUID stockLotId, String lotCode,
                             UUID storageSiteId) {
    }

    public record OrganisationRef(UUID id, String code, String name) {
    }

    /** {@code outcome}: what became of it (docs/outcomes.md): internal or external reuse, sold or given away. */
    public record Handover(BigDecimal quantity, LocalDate handedOverOn, String destinationProject,
                           String destinationAddress, String by, OutcomeView outcome) {
    }
}
