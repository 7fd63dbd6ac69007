package se.kretslopp.storage.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** A site as its operator describes it. */
public record SiteRequest(
        @NotBlank @Size(max = 200) String name,
        @Valid Address address,
        @DecimalMin("-90") @DecimalMax("90") Double latitude,
        @DecimalMin("-180") @DecimalMax("180") Double longitude,
        @Size(max = 500) String openingHours,
        @DecimalMin("0") @Digits(integer = 9, fraction = 1) BigDecimal floorCapacityM2,
        @Min(0) @Max(1_000_000) Integer palletCapacity,
        @Min(1) @Max(3650) Integer ageAlertDays,
        @Size(max = 100) List<@NotNull UUID> deliverers) {

    public record Address(@Size(max = 200) String street, @Size(max = 20) String postalCode,
                          @Size(max = 100) String city) {
    }
}
