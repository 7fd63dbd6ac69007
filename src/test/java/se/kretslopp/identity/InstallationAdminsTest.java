package se.kretslopp.identity;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.junit.jupiter.api.Test;
import se.kretslopp.common.Roles;
import se.kretslopp.identity.api.OpenToInstallationAdmins;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Who administers the installation, and which endpoints are theirs alone. */
class InstallationAdminsTest {

    private final InstallationAdmins admins = new InstallationAdmins(List.of(" ingrid", "", "ivar ", "  "));

    @Test
    void theConfiguredUsernamesAreAdminsWithoutAnyRole() {
        assertTrue(admins.isAdmin("ingrid", Set.of()));
        assertTrue(admins.isAdmin("ivar", Set.of(Roles.BUILDER)));
    }

    @Test
    void theRealmRoleMakesAnAdminWhateverTheUsername() {
        assertTrue(admins.isAdmin("anna", Set.of(Roles.INSTALLATION_ADMIN)));
        assertTrue(admins.isAdmin(null, Set.of(Roles.INSTALLATION_ADMIN)));
    }

    @Test
    void everybodyElseIsNone() {
        assertFalse(admins.isAdmin("anna", Set.of(Roles.ADMIN, Roles.PROPERTY_UNIT)));
        assertFalse(admins.isAdmin("Ingrid", Set.of()));
        assertFalse(admins.isAdmin("", Set.of()));
        assertFalse(admins.isAdmin(null, Set.of()));
        assertFalse(new InstallationAdmins(List.of()).isAdmin("ingrid", Set.of()));
    }

    @RolesAllowed(Roles.INSTALLATION_ADMIN)
    static class TheirResource {
        public void list() {
        }

        @PermitAll
        public void open() {
        }

        @RolesAllowed({Roles.INSTALLATION_ADMIN, Roles.ADMIN})
        public void shared() {
        }
    }

    static class OtherResource {
        @RolesAllowed(Roles.INSTALLATION_ADMIN)
        public void theirs() {
        }

        @RolesAllowed(Roles.ADMIN)
        public void adminsOnly() {
        }

        public void anybody() {
        }

        @RolesAllowed({Roles.INSTALLATION_ADMIN, Roles.ADMIN})
        @OpenToInstallationAdmins
        public void sharedAndOpen() {
        }
    }

    @RolesAllowed({Roles.INSTALLATION_ADMIN, Roles.ADMIN})
    @OpenToInstallationAdmins
    static class OpenResource {
        public void shared() {
        }
    }

    @Test
    void anEndpointIsTheirsAloneWhenItsRolesAllowedNamesOnlyTheirRole() throws Exception {
        assertTrue(InstallationAdmins.onlyForThem(method(TheirResource.class, "list"), TheirResource.class));
        assertTrue(InstallationAdmins.onlyForThem(method(OtherResource.class, "theirs"), OtherResource.class));
    }

    @Test
    void anEndpointOthersMayCallIsNot() throws Exception {
        assertFalse(InstallationAdmins.onlyForThem(method(TheirResource.class, "shared"), TheirResource.class));
        assertFalse(InstallationAdmins.onlyForThem(method(TheirResource.class, "open"), TheirResource.class));
        assertFalse(InstallationAdmins.onlyForThem(method(OtherResource.class, "adminsOnly"), OtherResource.class));
        assertFalse(InstallationAdmins.onlyForThem(method(OtherResource.class, "anybody"), OtherResource.class));
        assertFalse(InstallationAdmins.onlyForThem(null, null));
    }

    @Test
    void anEndpointMarkedOpenToThemNeedsNoOrganisationOfThemThoughOthersMayCallIt() throws Exception {
        assertTrue(InstallationAdmins.needNoOrganisation(method(OtherResource.class, "sharedAndOpen"),
                OtherResource.class));
        assertTrue(InstallationAdmins.needNoOrganisation(method(OpenResource.class, "shared"), OpenResource.class));
        assertFalse(InstallationAdmins.onlyForThem(method(OpenResource.class, "shared"), OpenResource.class));
        assertTrue(InstallationAdmins.needNoOrganisation(method(TheirResource.class, "list"), TheirResource.class));
        assertFalse(InstallationAdmins.needNoOrganisation(method(TheirResource.class, "shared"), TheirResource.class));
        assertFalse(InstallationAdmins.needNoOrganisation(method(OtherResource.class, "adminsOnly"),
                OtherResource.class));
        assertFalse(InstallationAdmins.needNoOrganisation(null, null));
    }

    private static Method method(Class<?> type, String name) throws NoSuchMethodException {
        return type.getMethod(name);
    }
}
