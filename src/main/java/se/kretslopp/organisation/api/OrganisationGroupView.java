package se.kretslopp.organisation.api;

import java.time.OffsetDateTime;

/** An organisation group and how many organisations (active or not) belong to it. */
public record OrganisationGroupView(String code, String name, long members, int version, OffsetDateTime createdAt,
                                    OffsetDateTime updatedAt) {
}
