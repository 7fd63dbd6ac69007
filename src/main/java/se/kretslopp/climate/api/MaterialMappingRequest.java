package se.kretslopp.climate.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A category's product for a material (admins): the Boverket product, an optional construction pattern (e.g.
 * {@code hålbjälklag|hd/f}), whether it is a stand-in to be marked as an estimate, and a note that says why.
 */
public record MaterialMappingRequest(
        @NotNull @Pattern(regexp = "\\d{1,20}") String boverketId,
        @Size(max = 200) String construction,
        Boolean estimate,
        @Size(max = 500) String note) {
}
