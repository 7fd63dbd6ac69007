package se.kretslopp.membership.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.kretslopp.organisation.api.OrganisationKind;
import se.kretslopp.organisation.api.OrganisationRequest;

/** What an organisation that wants to join tells about itself. */
public record ApplicationRequest(
        @NotBlank @Size(max = 200) String organisationName,
        @Schema(description = "Swedish organisation number NNNNNN-NNNN with a valid check digit", example = "556677-8899")
        @NotBlank @Pattern(regexp = OrganisationRequest.NUMBER, message = "must be written NNNNNN-NNNN")
        String organisationNumber,
        @NotNull OrganisationKind kind,
        @Schema(description = "The code of the organisation group it wants to join, if any")
        @Size(max = 200) String group,
        @NotNull @Valid Contact contact,
        @Schema(description = "What the organisation does, and what it wants to do in Kretslopp")
        @NotBlank @Size(max = 2000) String activity) {

    @Schema(name = "ApplicationContact")
    public record Contact(@NotBlank @Size(max = 120) String name, @NotBlank @Email @Size(max = 200) String email,
                          @Size(max = 40) String phone) {
    }
}
