package se.kretslopp.membership.api;

import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.kretslopp.organisation.api.OrganisationRequest;

/** An approval; the body may be left out. */
public record ApprovalRequest(
        @Schema(description = "The new organisation's code (its users' 'org' claim); left out: derived from the name")
        @Pattern(regexp = OrganisationRequest.CODE, message = OrganisationRequest.CODE_MESSAGE) String code) {
}
