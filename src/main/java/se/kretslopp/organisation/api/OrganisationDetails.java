package se.kretslopp.organisation.api;

import jakarta.annotation.Nullable;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A registered organisation as the installation's administrators see it. */
public record OrganisationDetails(UUID id, String code, String name, String organisationNumber, OrganisationKind kind,
                                  @Nullable String group, @Nullable OrganisationRequest.Contact contact,
                                  @Nullable OrganisationRequest.Address address, boolean active, OffsetDateTime createdAt,
                                  OffsetDateTime updatedAt, int version) {
}
