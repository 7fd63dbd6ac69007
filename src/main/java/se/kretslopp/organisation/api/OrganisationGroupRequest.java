package se.kretslopp.organisation.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An organisation group as it is created or renamed: its code is required to create it and never changes. */
public record OrganisationGroupRequest(
        @Schema(description = "What organisations name the group by; required to create it, unchangeable")
        @Pattern(regexp = OrganisationRequest.CODE, message = OrganisationRequest.CODE_MESSAGE) String code,
        @NotBlank @Size(max = 200) String name) {
}
