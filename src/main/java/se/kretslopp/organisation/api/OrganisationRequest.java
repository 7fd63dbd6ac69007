package se.kretslopp.organisation.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An organisation as an installation administrator registers or edits it. Its code is the value of the {@code org}
 * claim in its users' tokens: required to register, and never changed afterwards (an edit may leave it out or
 * repeat it). The organisation number is checked by its check digit.
 */
public record OrganisationRequest(
        @NotBlank @Size(max = 200) String name,
        @Schema(description = "The value of the 'org' claim in its users' tokens; required to register, unchangeable")
        @Pattern(regexp = CODE, message = CODE_MESSAGE) String code,
        @Schema(description = "Swedish organisation number NNNNNN-NNNN with a valid check digit (Luhn)",
                example = "212000-0746")
        @NotBlank @Pattern(regexp = NUMBER, message = "{kretslopp.organisation.number.Pattern}") String organisationNumber,
        @NotNull OrganisationKind kind,
        @Schema(description = "The code of its organisation group (organisations of one group share internal listings)")
        @Size(max = 200) String group,
        @Valid Contact contact,
        @Valid Address address) {

    /** Codes of organisations and of new groups: 2 to 63 of a–z, 0–9 and hyphens, not starting with a hyphen. */
    public static final String CODE = "[a-z0-9][a-z0-9-]{1,62}";
    /** The message of {@link #CODE}, in ValidationMessages.properties (and _sv). */
    public static final String CODE_MESSAGE = "{kretslopp.organisation.code.Pattern}";
    /** How an organisation number is written. */
    public static final String NUMBER = "\\d{6}-\\d{4}";

    /** Whom to ask about the organisation's use of Kretslopp. */
    @Schema(name = "OrganisationContact")
    public record Contact(@Size(max = 120) String name, @Email @Size(max = 200) String email,
                          @Size(max = 40) String phone) {
    }

    @Schema(name = "OrganisationAddress")
    public record Address(@Size(max = 200) String street, @Size(max = 20) String postalCode,
                          @Size(max = 100) String city) {
    }
}
