package se.kretslopp.inventory.api;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

public record BuildingView(
        UUID id,
        OrganisationRef organisation,
        String name,
        BuildingRequest.Address address,
        String propertyDesignation,
        BuildingRequest.Position position,
        Integer constructionYear,
        Integer renovationYear,
        BuildingRequest.DateWindow dismantlingWindow,
        BuildingRequest.Contact contact,
        String notes,
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
