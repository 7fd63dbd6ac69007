package se.kretslopp.listing;

import se.kretslopp.common.Problem.FieldError;
import se.kretslopp.common.ProblemException;
import se.kretslopp.common.ProblemType;
import se.kretslopp.common.Today;
import se.kretslopp.listing.api.ListingRequest;
import se.kretslopp.listing.api.ListingStatus;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The rules a listing's content keeps, beyond the field checks of the request itself. */
final class ListingRules {

    private ListingRules() {
    }

    static void require(ListingRequest.Price price, ListingRequest.Location location,
                        ListingRequest.Visibility visibility, LocalDate publicFrom, LocalDate expiresOn,
                        ListingStatus wanted, ListingStatus current) {
        List<FieldError> errors = new ArrayList<>();
        if (price.kind() == ListingRequest.PriceKind.FIXED && price.sek() == null) {
            errors.add(new FieldError("price.sek", "is required for a fixed price"));
        }
        if (price.kind() != ListingRequest.PriceKind.FIXED && price.sek() != null) {
            errors.add(new FieldError("price.sek", "is only given for a fixed price"));
        }
        if (location != null && (location.latitude() == null) != (location.longitude() == null)) {
            errors.add(new FieldError(location.latitude() == null ? "location.latitude" : "location.longitude",
                    "is required together with the other coordinate"));
        }
        if (publicFrom != null && visibility != ListingRequest.Visibility.INTERNAL) {
            errors.add(new FieldError("publicFrom", "is only for internal listings (they become public that day)"));
        }
        if (wanted != null && wanted != ListingStatus.DRAFT && wanted != ListingStatus.PUBLISHED) {
            errors.add(new FieldError("status", "must be DRAFT or PUBLISHED; withdraw with DELETE"));
        }
        if (expiresOn != null && wanted == ListingStatus.PUBLISHED && expiresOn.isBefore(Today.date())) {
            errors.add(new FieldError("expiresOn", "is in the past"));
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.UNPROCESSABLE, "The listing breaks a rule.", errors);
        }
        if (current != null && current != ListingStatus.DRAFT && current != ListingStatus.PUBLISHED
                && current != ListingStatus.WITHDRAWN && current != ListingStatus.EXPIRED) {
            throw new ProblemException(ProblemType.CONFLICT, "A listing that is " + current
                    + " cannot be edited; its reservation decides what happens to it.");
        }
    }
}
