package se.kretslopp.membership.api;

import java.util.Set;

/** A person of the organisation, as the identity provider knows them. */
public record MemberView(String subject, String username, String name, String email, Set<String> roles) {
}
