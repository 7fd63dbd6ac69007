package se.kretslopp.identity;

import se.kretslopp.common.Message;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.container.ResourceInfo;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import se.kretslopp.common.ProblemException;
import se.kretslopp.common.ProblemType;
import se.kretslopp.common.Roles;
import se.kretslopp.identity.api.CurrentUser;
import se.kretslopp.identity.api.OrganisationOptional;
import se.kretslopp.organisation.OrganisationService;
import se.kretslopp.organisation.api.OrganisationView;

import java.util.Set;
import java.util.TreeSet;

/**
 * Resolves the organisation of every authenticated API call before any resource runs, so that no feature can
 * forget it: a token whose {@code org} claim names no known organisation is refused with 403, and so is one of a
 * deactivated organisation. Only the installation's administrators, on the endpoints that are theirs alone or
 * marked {@link se.kretslopp.identity.api.OpenToInstallationAdmins}, need no organisation (see
 * {@link InstallationAdmins}).
 */
class CurrentUserFilter {

    static final String ORG_CLAIM = "org";

    private final CurrentIdentityAssociation identities;
    private final OrganisationService organisations;
    private final CurrentUserHolder holder;
    private final PersonService people;

    CurrentUserFilter(CurrentIdentityAssociation identities, OrganisationService organisations, CurrentUserHolder holder,
                      PersonService people) {
        this.identities = identities;
        this.organisations = organisations;
        this.holder = holder;
        this.people = people;
    }

    @ServerRequestFilter(nonBlocking = true)
    Uni<Void> establish(ResourceInfo resource) {
        return identities.getDeferredIdentity().flatMap(identity -> {
            if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
                return Uni.createFrom().voidItem();
            }
            if (identity.hasRole(Roles.INSTALLATION_ADMIN)
                    && InstallationAdmins.needNoOrganisation(resource.getResourceMethod(), resource.getResourceClass())) {
                return Uni.createFrom().voidItem();
            }
            Uni<OrganisationView> organisation = organisationOf(token);
            if (organisationOptional(resource)) {
                // joining: whoever has no (registered, active) organisation yet goes on without a current user;
                // only that refusal is waived: a pseudonymised person of a registered organisation stays refused
                organisation = organisation.onFailure(ProblemException.class).recoverWithNull();
            } else if (open(resource)) {
                // what is open to everyone (search, public listings, the climate method) answers someone with no
                // organisation yet (an installation admin, a new applicant) as it answers a visitor; a person of a
                // deactivated organisation is still told so, everywhere
                organisation = organisation.onFailure(e -> e instanceof ProblemException p
                        && ProblemType.UNKNOWN_ORGANISATION.uri().equals(p.problem().type())).recoverWithNull();
            }
            return organisation.flatMap(found -> {
                if (found == null) {
                    return Uni.createFrom().voidItem();
                }
                CurrentUser user = new CurrentUser(token.getSubject(), token.getClaim("preferred_username"),
                        displayName(token), token.getClaim("email"), knownRoles(identity), found);
                holder.set(user);
                return people.remember(user);
            });
        });
    }

    /** Open to everyone: the method says {@code @PermitAll}, or says nothing of who may call it and its class does. */
    private static boolean open(ResourceInfo resource) {
        var method = resource.getResourceMethod();
        if (method == null) {
            return false;
        }
        if (method.isAnnotationPresent(jakarta.annotation.security.PermitAll.class)) {
            return true;
        }
        boolean methodSays = method.isAnnotationPresent(jakarta.annotation.security.RolesAllowed.class)
                || method.isAnnotationPresent(io.quarkus.security.Authenticated.class)
                || method.isAnnotationPresent(jakarta.annotation.security.DenyAll.class);
        return !methodSays && resource.getResourceClass() != null
                && resource.getResourceClass().isAnnotationPresent(jakarta.annotation.security.PermitAll.class);
    }

    private static boolean organisationOptional(ResourceInfo resource) {
        return (resource.getResourceMethod() != null
                && resource.getResourceMethod().isAnnotationPresent(OrganisationOptional.class))
                || (resource.getResourceClass() != null
                && resource.getResourceClass().isAnnotationPresent(OrganisationOptional.class));
    }

    /** The registered, active organisation that the token's {@code org} claim names; else a 403 that says why. */
    private Uni<OrganisationView> organisationOf(JsonWebToken token) {
        String code = token.getClaim(ORG_CLAIM);
        if (code == null || code.isBlank()) {
            return Uni.createFrom().failure(new ProblemException(ProblemType.UNKNOWN_ORGANISATION,
                    Message.of("detail.identity.accountLinkedOrganisationOrg")));
        }
        return organisations.findByCode(code).map(found -> {
            OrganisationView organisation = found.orElseThrow(() -> new ProblemException(
                    ProblemType.UNKNOWN_ORGANISATION,
                    Message.of("detail.identity.organisationRegisteredKretsloppAsk", code)));
            if (!organisation.active()) {
                throw new ProblemException(ProblemType.ORGANISATION_DEACTIVATED,
                        Message.of("detail.identity.organisationDeactivatedKretsloppAsk", code, organisation.name()));
            }
            return organisation;
        });
    }

    static String displayName(JsonWebToken token) {
        String name = token.getClaim("name");
        if (name != null && !name.isBlank()) {
            return name;
        }
        String given = token.getClaim("given_name");
        String family = token.getClaim("family_name");
        String joined = ((given == null ? "" : given) + " " + (family == null ? "" : family)).trim();
        return joined.isEmpty() ? token.getClaim("preferred_username") : joined;
    }

    private static Set<String> knownRoles(SecurityIdentity identity) {
        Set<String> roles = new TreeSet<>(identity.getRoles());
        roles.retainAll(Roles.ALL);
        return roles;
    }
}
