package se.kretslopp.listing;

import se.kretslopp.common.FieldCode;
import se.kretslopp.common.Message;
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
            errors.add(FieldError.of("price.sek", FieldCode.REQUIRED_TOGETHER, "listing.price.required")
                    .withOther("price.kind"));
        }
        if (price.kind() != ListingRequest.PriceKind.FIXED && price.sek() != null) {
            errors.add(FieldError.of("price.sek", FieldCode.NOT_APPLICABLE, "listing.price.notApplicable")
                    .withOther("price.kind"));
        }
        if (location != null && (location.latitude() == null) != (location.longitude() == null)) {
            errors.add(FieldError.of(location.latitude() == null ? "location.latitude" : "location.longitude",
                    FieldCode.REQUIRED_TOGETHER, "field.coordinates.together")
                    .withOther(location.latitude() == null ? "location.longitude" : "location.latitude"));
        }
        if (publicFrom != null && visibility != ListingRequest.Visibility.INTERNAL) {
            errors.add(FieldError.of("publicFrom", FieldCode.NOT_APPLICABLE, "listing.publicFrom.notApplicable")
                    .withOther("visibility"));
        }
        if (wanted != null && wanted != ListingStatus.DRAFT && wanted != ListingStatus.PUBLISHED) {
            errors.add(FieldError.of("status", FieldCode.INVALID_ENUM, "listing.status.invalid")
                    .withAllowed(List.of("DRAFT", "PUBLISHED")));
        }
        if (expiresOn != null && wanted == ListingStatus.PUBLISHED && expiresOn.isBefore(Today.date())) {
            errors.add(FieldError.of("expiresOn", FieldCode.IN_PAST, "field.inPast"));
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.UNPROCESSABLE, Message.of("listing.rules.broken"), errors);
        }
        if (current != null && current != ListingStatus.DRAFT && current != ListingStatus.PUBLISHED
                && current != ListingStatus.WITHDRAWN && current != ListingStatus.EXPIRED) {
            throw new ProblemException(ProblemType.CONFLICT,
                    Message.of("detail.listing.listingCannotEditedReservation", current));
        }
    }
}
