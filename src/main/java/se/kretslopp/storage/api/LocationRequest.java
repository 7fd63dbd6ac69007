package se.kretslopp.storage.api;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;

/** A location of a site: a code such as {@code A-03-2} (unique in the site), a kind and its own capacity. */
public record LocationRequest(
        @NotNull @Pattern(regexp = "[A-Za-z0-9]{1,10}(-[A-Za-z0-9]{1,10}){0,4}",
                message = "{kretslopp.storage.location.code.Pattern}") String code,
        @NotNull Kind kind,
        @Size(max = 500) String description,
        @DecimalMin("0") @Digits(integer = 9, fraction = 1) BigDecimal floorCapacityM2,
        @Min(0) @Max(100_000) Integer palletCapacity) {

    public enum Kind { RACK, FLOOR_ZONE, YARD, CONTAINER }
}
