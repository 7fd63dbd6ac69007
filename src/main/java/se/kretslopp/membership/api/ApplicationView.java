package se.kretslopp.membership.api;

import se.kretslopp.organisation.api.OrganisationKind;

import java.time.OffsetDateTime;
import java.util.UUID;

/** An application to join, as its applicant and its reviewers see it. */
public record ApplicationView(UUID id, ApplicationStatus status, String organisationName, String organisationNumber,
                              OrganisationKind kind, String group, ApplicationRequest.Contact contact,
                              String activity, Applicant applicant, OffsetDateTime createdAt,
                              OffsetDateTime decidedAt, String rejectReason, Organisation organisation,
                              int version) {

    /** The signed-in person who applied; they become the new organisation's admin. */
    public record Applicant(String subject, String username, String name, String email) {
    }

    /** The organisation registered on approval. */
    public record Organisation(UUID id, String code) {
    }
}
