package se.kretslopp.inventory.api;

import jakarta.annotation.Nullable;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

public record BuildingView(
        UUID id,
        OrganisationRef organisation,
        String name,
        BuildingRequest.Address address,
        @Nullable String propertyDesignation,
        @Nullable BuildingRequest.Position position,
        @Nullable Integer constructionYear,
        @Nullable Integer renovationYear,
        BuildingRequest.DateWindow dismantlingWindow,
        BuildingRequest.Contact contact,
        @Nullable String notes,
        List<OrganisationRef> assignedOrganisations,
        HazardRisk hazardRisk,
        long itemCount,
        boolean archived,
        boolean editable,
        int version,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {

    public record OrganisationRef(UUID id, String code, String name) {
    }
}
