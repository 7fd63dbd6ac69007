package se.kretslopp.membership;

import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import org.eclipse.microprofile.jwt.JsonWebToken;
import se.kretslopp.common.Roles;
import se.kretslopp.identity.api.CurrentUser;

import java.util.Optional;
import java.util.Set;

/**
 * Who calls an endpoint of joining, from their token: they may belong to no registered organisation yet (then
 * {@code user} is null), and their token's {@code org} claim may name one that is not registered.
 */
record Caller(String subject, String username, String name, String email, String orgClaim, Set<String> roles,
              CurrentUser user) {

    /** The caller of the current request (signed in); {@code user} when their organisation is registered. */
    static Caller of(SecurityIdentity identity, Optional<CurrentUser> user) {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            throw new UnauthorizedException();
        }
        String name = token.getClaim("name");
        return new Caller(token.getSubject(), token.getClaim("preferred_username"),
                name == null || name.isBlank() ? token.getClaim("preferred_username") : name,
                token.getClaim("email"), token.getClaim("org"), identity.getRoles(), user.orElse(null));
    }

    boolean installationAdmin() {
        return roles.contains(Roles.INSTALLATION_ADMIN);
    }

    /** The admin of a municipality, who reviews the applications naming its group; else null. */
    String municipalGroup() {
        if (user == null || !user.hasRole(Roles.ADMIN) || !"MUNICIPALITY".equals(user.organisation().kind())) {
            return null;
        }
        return user.organisation().group();
    }

    /** Their name in the records of decisions: the token's subject. */
    String actor() {
        return subject;
    }
}
