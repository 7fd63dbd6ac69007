package se.kretslopp.membership.api;

import jakarta.annotation.Nullable;
import java.util.Set;

/** A person of the organisation, as the identity provider knows them. */
public record MemberView(String subject, String username, @Nullable String name, @Nullable String email,
                         Set<String> roles) {
}
