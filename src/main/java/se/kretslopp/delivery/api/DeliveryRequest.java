package se.kretslopp.delivery.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The buyer asks for delivery of a confirmed reservation instead of picking it up: where, when (a window), whom to
 * meet there, and who carries it: a carrier organisation ({@code carrierOrganisationId}) or the seller
 * ({@code sellerDelivers}), exactly one of the two.
 */
@Schema(name = "DeliveryRequest")
public record DeliveryRequest(@NotNull UUID reservationId,
                              @NotNull @Valid Address address,
                              @NotNull OffsetDateTime windowFrom,
                              @NotNull OffsetDateTime windowTo,
                              @NotNull @Valid Contact contact,
                              UUID carrierOrganisationId,
                              Boolean sellerDelivers,
                              @Size(max = 1000) String instructions) {

    /** Where to deliver; the position is optional (it gives the distance for the climate figures). */
    @Schema(name = "DeliveryAddress")
    public record Address(@NotBlank @Size(max = 200) String streetAddress, @Size(max = 20) String postalCode,
                          @NotBlank @Size(max = 100) String city,
                          @DecimalMin("-90") @DecimalMax("90") Double latitude,
                          @DecimalMin("-180") @DecimalMax("180") Double longitude) {
    }

    /** The person to meet on site. */
    @Schema(name = "DeliveryContact")
    public record Contact(@NotBlank @Size(max = 200) String name,
                          @NotBlank @Size(max = 40) @jakarta.validation.constraints.Pattern(
                                  regexp = "[+0-9][0-9 ()-]{4,39}", message = "must be a phone number") String phone) {
    }
}
