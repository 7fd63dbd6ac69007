package se.kretslopp.organisation.api;

import jakarta.annotation.Nullable;
import java.util.UUID;

/** An organisation as the API and the other features see it; {@code group} is the code of its group, if any. */
public record OrganisationView(UUID id, String code, String name, String organisationNumber, String kind, @Nullable String group,
                               boolean active) {
}
