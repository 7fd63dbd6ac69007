package se.kretslopp.membership.api;

import jakarta.annotation.Nullable;
/** An accepted invitation: the person now belongs to the organisation, from their next token on. */
public record Joined(String organisationCode, @Nullable String organisationName, String role) {
}
