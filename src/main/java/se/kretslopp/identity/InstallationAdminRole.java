package se.kretslopp.identity;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;
import se.kretslopp.common.Roles;

/**
 * Gives the role {@code installation-admin} to the administrators that the configuration names, so that the role
 * alone decides, wherever it is checked ({@code @RolesAllowed}, the organisation check of every request).
 */
@ApplicationScoped
class InstallationAdminRole implements SecurityIdentityAugmentor {

    private final InstallationAdmins admins;

    InstallationAdminRole(InstallationAdmins admins) {
        this.admins = admins;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        boolean admin = !identity.isAnonymous() && identity.getPrincipal() instanceof JsonWebToken token
                && admins.isAdmin(token.getClaim("preferred_username"), identity.getRoles());
        if (!admin || identity.hasRole(Roles.INSTALLATION_ADMIN)) {
            return Uni.createFrom().item(identity);
        }
        return Uni.createFrom().item(QuarkusSecurityIdentity.builder(identity).addRole(Roles.INSTALLATION_ADMIN)
                .build());
    }
}
