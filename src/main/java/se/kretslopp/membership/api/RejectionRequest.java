package se.kretslopp.membership.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A rejection, with the reason the applicant is told. */
public record RejectionRequest(@NotBlank @Size(max = 1000) String reason) {
}
