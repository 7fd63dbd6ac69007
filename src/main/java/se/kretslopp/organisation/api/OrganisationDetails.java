package se.kretslopp.organisation.api;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A registered organisation as the installation's administrators see it. */
public record OrganisationDetails(UUID id, String code, String name, String organisationNumber, OrganisationKind kind,
                                  String group, OrganisationRequest.Contact contact,
                                  OrganisationRequest.Address address, boolean active, OffsetDateTime createdAt,
                                  OffsetDateTime updatedAt, int version) {
}
