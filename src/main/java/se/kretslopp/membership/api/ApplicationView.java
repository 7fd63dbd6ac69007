package se.kretslopp.membership.api;

import jakarta.annotation.Nullable;
import se.kretslopp.organisation.api.OrganisationKind;

import java.time.OffsetDateTime;
import java.util.UUID;

/** An application to join, as its applicant and its reviewers see it. */
public record ApplicationView(UUID id, ApplicationStatus status, String organisationName, String organisationNumber,
                              @Nullable OrganisationKind kind, @Nullable String group,
                              @Nullable ApplicationRequest.Contact contact, @Nullable String activity, Applicant applicant, OffsetDateTime createdAt,
                              @Nullable OffsetDateTime decidedAt, @Nullable String rejectReason,
                              @Nullable Organisation organisation,
                              int version) {

    /** The signed-in person who applied; they become the new organisation's admin. */
    public record Applicant(String subject, String username, @Nullable String name, @Nullable String email) {
    }

    /** The organisation registered on approval. */
    public record Organisation(UUID id, String code) {
    }
}
