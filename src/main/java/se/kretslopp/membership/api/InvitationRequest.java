package se.kretslopp.membership.api;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An invitation of a colleague to the admin's organisation, with one role. */
public record InvitationRequest(
        @NotBlank @Email @Size(max = 200) String email,
        @Schema(enumeration = {"contractor", "builder", "property-unit", "storage-operator", "admin", "carrier"})
        @NotBlank @Pattern(regexp = "contractor|builder|property-unit|storage-operator|admin|carrier",
                message = "must be one of contractor, builder, property-unit, storage-operator, admin, carrier") String role) {
}
