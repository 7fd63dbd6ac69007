package se.kretslopp.identity;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import se.kretslopp.common.Roles;
import se.kretslopp.identity.api.OpenToInstallationAdmins;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who administers the installation: whoever has the realm role {@code installation-admin}, and the usernames listed
 * in {@code kretslopp.installation.admins}, so that the first administrator of a fresh installation needs no more
 * than a user in the identity provider. Their endpoints, those only they may call, need no organisation of the
 * caller: an administrator of the installation may belong to none yet.
 */
@ApplicationScoped
class InstallationAdmins {

    /** The annotations that say who may call an endpoint; one on a method overrides its class's. */
    private static final List<Class<? extends Annotation>> SAYS_WHO = List.of(RolesAllowed.class, PermitAll.class,
            DenyAll.class, Authenticated.class);

    private final Set<String> usernames;

    @Inject
    InstallationAdmins(InstallationConfig config) {
        this(config.admins().orElse(List.of()));
    }

    InstallationAdmins(Collection<String> usernames) {
        this.usernames = usernames.stream().map(String::trim).filter(name -> !name.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    /** Whether the person with this username (null: none) and these roles administers the installation. */
    boolean isAdmin(String username, Set<String> roles) {
        return roles.contains(Roles.INSTALLATION_ADMIN) || (username != null && usernames.contains(username));
    }

    /**
     * Whether an installation admin needs no organisation to call the endpoint: it is theirs alone
     * ({@link #onlyForThem}), or it says {@link OpenToInstallationAdmins}.
     */
    static boolean needNoOrganisation(Method method, Class<?> type) {
        return onlyForThem(method, type) || (method != null && (method.isAnnotationPresent(OpenToInstallationAdmins.class)
                || (type != null && type.isAnnotationPresent(OpenToInstallationAdmins.class))));
    }

    /**
     * Whether only installation admins may call the endpoint: the {@link RolesAllowed} that applies to it names that
     * role alone. What the method says of who may call it applies; only a method that says nothing follows its class.
     */
    static boolean onlyForThem(Method method, Class<?> type) {
        if (method == null) {
            return false;
        }
        AnnotatedElement decides = SAYS_WHO.stream().anyMatch(method::isAnnotationPresent) || type == null
                ? method : type;
        RolesAllowed allowed = decides.getAnnotation(RolesAllowed.class);
        return allowed != null && List.of(allowed.value()).equals(List.of(Roles.INSTALLATION_ADMIN));
    }
}
