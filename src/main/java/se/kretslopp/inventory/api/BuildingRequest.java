package se.kretslopp.inventory.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;

/** A building (objekt) as its owner creates or replaces it. */
public record BuildingRequest(
        @NotBlank @Size(max = 200) String name,
        @Valid Address address,
        @Size(max = 120) String propertyDesignation,
        @Valid Position position,
        @Min(1000) @Max(2100) Integer constructionYear,
        @Min(1000) @Max(2100) Integer renovationYear,
        @Valid DateWindow dismantlingWindow,
        @Valid Contact contact,
        @Size(max = 4000) String notes,
        /** codes of the contractor organisations that dismantle it and may read its inventory */
        @Size(max = 20) List<@NotBlank String> assignedOrganisations) {

    public record Address(@Size(max = 200) String street, @Size(max = 20) String postalCode,
                          @Size(max = 100) String city) {
    }

    public record Position(@NotNull @DecimalMin("-90") @DecimalMax("90") Double lat,
                           @NotNull @DecimalMin("-180") @DecimalMax("180") Double lon) {
    }

    public record DateWindow(LocalDate from, LocalDate to) {
    }

    public record Contact(@Size(max = 120) String name, @Size(max = 40) String phone,
                          @Email @Size(max = 200) String email) {
    }
}
