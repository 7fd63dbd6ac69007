package se.kretslopp.membership.api;

/** An accepted invitation: the person now belongs to the organisation, from their next token on. */
public record Joined(String organisationCode, String organisationName, String role) {
}
