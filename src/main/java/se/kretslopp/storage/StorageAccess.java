package se.kretslopp.storage;

import se.kretslopp.common.Message;
import se.kretslopp.common.ProblemException;
import se.kretslopp.common.ProblemType;
import se.kretslopp.common.Roles;
import se.kretslopp.identity.api.CurrentUser;

/**
 * Who may do what in intermediate storage. Storage operators and admins of the operating organisation manage a
 * site and all its stock; contractors of the organisations a site lists as deliverers may see the site and
 * register deliveries to it. Everybody else sees stock only through listings, and is told a site does not exist.
 */
final class StorageAccess {

    private StorageAccess() {
    }

    static boolean mayRunSites(CurrentUser user) {
        return user.hasRole(Roles.STORAGE_OPERATOR) || user.hasRole(Roles.ADMIN);
    }

    static boolean manages(StorageSite site, CurrentUser user) {
        return site != null && site.organisationId.equals(user.organisation().id()) && mayRunSites(user);
    }

    static boolean mayDeliver(StorageSite site, CurrentUser user) {
        return manages(site, user) || (site != null && user.hasRole(Roles.CONTRACTOR)
                && site.deliverers.contains(user.organisation().id()));
    }

    static StorageSite requireManaged(StorageSite site, CurrentUser user) {
        if (!manages(site, user)) {
            if (mayDeliver(site, user)) {
                throw new ProblemException(ProblemType.FORBIDDEN,
                        Message.of("detail.storage.storageOperatorsAdminsOperating"));
            }
            throw siteNotFound();
        }
        return site;
    }

    static StorageSite requireVisible(StorageSite site, CurrentUser user) {
        if (!mayDeliver(site, user)) {
            throw siteNotFound();
        }
        return site;
    }

    static ProblemException siteNotFound() {
        return new ProblemException(ProblemType.NOT_FOUND, Message.of("notFound.storageSite"));
    }

    static ProblemException lotNotFound() {
        return new ProblemException(ProblemType.NOT_FOUND, Message.of("notFound.stockLot"));
    }

    static ProblemException locationNotFound() {
        return new ProblemException(ProblemType.NOT_FOUND, Message.of("notFound.storageLocation"));
    }
}
