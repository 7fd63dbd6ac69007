package se.kretslopp.listing;

import se.kretslopp.common.Message;
import se.kretslopp.common.ProblemException;
import se.kretslopp.common.ProblemType;
import se.kretslopp.common.Roles;
import se.kretslopp.common.Today;
import se.kretslopp.identity.api.CurrentUser;
import se.kretslopp.listing.api.ListingStatus;

import java.util.Objects;

/**
 * Who may see and change a listing. The owning organisation sees all of its listings; its contractors,
 * property-unit users and admins change them. Others see a listing once it is out of draft and not withdrawn:
 * everybody when it is public, the owner's organisation group when it is internal. Everybody else is told it does
 * not exist.
 */
final class ListingAccess {

    private ListingAccess() {
    }

    static boolean mayList(CurrentUser user) {
        return user.hasRole(Roles.CONTRACTOR) || user.hasRole(Roles.PROPERTY_UNIT) || user.hasRole(Roles.ADMIN)
                || user.hasRole(Roles.STORAGE_OPERATOR);
    }

    /** {@code ownerGroup} is the group of the listing's organisation; {@code user} null for anonymous visitors. */
    static boolean canRead(Listing listing, String ownerGroup, CurrentUser user) {
        if (user != null && listing.organisationId.equals(user.organisation().id())) {
            return true;
        }
        if (listing.status == ListingStatus.DRAFT || listing.status == ListingStatus.WITHDRAWN) {
            return false;
        }
        return listing.isPublicOn(Today.date())
                || (user != null && ownerGroup != null && Objects.equals(ownerGroup, user.organisation().group()));
    }

    /** Whether the person may edit the listing in principle (its reservation may still stand in the way). */
    static boolean canEdit(Listing listing, CurrentUser user) {
        return user != null && listing.organisationId.equals(user.organisation().id()) && mayList(user);
    }

    /** Whether the owner's edit and withdraw buttons apply now: not while a reservation decides its fate. */
    static boolean editableNow(Listing listing, CurrentUser user) {
        return canEdit(listing, user) && listing.status != ListingStatus.RESERVED
                && listing.status != ListingStatus.HANDED_OVER;
    }

    static Listing requireEditable(Listing listing, String ownerGroup, CurrentUser user) {
        if (listing == null || !canRead(listing, ownerGroup, user)) {
            throw notFound();
        }
        if (!canEdit(listing, user)) {
            throw new ProblemException(ProblemType.FORBIDDEN,
                    Message.of("detail.listing.contractorsPropertyUnitUsers2"));
        }
        return listing;
    }

    static ProblemException notFound() {
        return new ProblemException(ProblemType.NOT_FOUND, Message.of("notFound.listing"));
    }
}
