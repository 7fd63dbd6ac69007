package se.kretslopp.storage.api;

import jakarta.annotation.Nullable;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A site; {@code manageable} tells whether the reader runs it (or only delivers to it). */
public record SiteView(UUID id, OrganisationRef organisation, String name, @Nullable SiteRequest.Address address,
                       @Nullable Double latitude, @Nullable Double longitude, @Nullable String openingHours,
                       @Nullable BigDecimal floorCapacityM2, @Nullable Integer palletCapacity, int ageAlertDays,
                       List<OrganisationRef> deliverers, boolean manageable, int version, OffsetDateTime createdAt,
                       OffsetDateTime updatedAt) {

    public record OrganisationRef(UUID id, String code, String name) {
    }
}
