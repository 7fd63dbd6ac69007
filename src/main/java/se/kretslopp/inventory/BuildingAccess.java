package se.kretslopp.inventory;

import se.kretslopp.common.Message;
import se.kretslopp.common.ProblemException;
import se.kretslopp.common.ProblemType;
import se.kretslopp.common.Roles;
import se.kretslopp.identity.api.CurrentUser;

/**
 * Who may see and change a building and its items. The owning organisation sees everything; its property-unit
 * users and admins change it; assigned contractors read it because they dismantle it. Everybody else is told
 * that it does not exist.
 */
final class BuildingAccess {

    private BuildingAccess() {
    }

    static boolean canRead(Building building, CurrentUser user) {
        return building.organisationId.equals(user.organisation().id())
                || building.assignedOrganisationIds.contains(user.organisation().id());
    }

    static boolean canWrite(Building building, CurrentUser user) {
        return building.organisationId.equals(user.organisation().id())
                && (user.hasRole(Roles.PROPERTY_UNIT) || user.hasRole(Roles.ADMIN));
    }

    static Building requireReadable(Building building, CurrentUser user) {
        if (building == null || !canRead(building, user)) {
            throw notFound();
        }
        return building;
    }

    /** The building may be changed by this user, archived or not (restoring is such a change). */
    static Building requireEditor(Building building, CurrentUser user) {
        requireReadable(building, user);
        if (!canWrite(building, user)) {
            throw new ProblemException(ProblemType.FORBIDDEN,
                    Message.of("detail.inventory.propertyUnitUsersAdmins2"));
        }
        return building;
    }

    /** The building may be changed now: by an editor, and not while it is archived. */
    static Building requireWritable(Building building, CurrentUser user) {
        requireEditor(building, user);
        if (building.archived()) {
            throw new ProblemException(ProblemType.CONFLICT,
                    Message.of("detail.inventory.buildingArchivedRestoreChange"));
        }
        return building;
    }

    static boolean mayCreateBuildings(CurrentUser user) {
        return user.hasRole(Roles.PROPERTY_UNIT) || user.hasRole(Roles.ADMIN);
    }

    static ProblemException notFound() {
        return new ProblemException(ProblemType.NOT_FOUND, Message.of("notFound.buildingOrItem"));
    }
}
