package se.kretslopp.pickup.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * A store's pickup hours: when buyers may come for what they reserved, how long a slot is, and how many pickups a
 * slot takes. Times are Swedish local time. Given whole on PUT (it replaces the hours); read by anyone signed in.
 */
@Schema(name = "PickupHours")
public record PickupHours(
        @NotNull @Min(10) @Max(240)
        @Schema(description = "Minutes per slot (10–240)", examples = "30") Integer slotMinutes,
        @NotNull @Min(1) @Max(100)
        @Schema(description = "Pickups one slot takes (1–100)", examples = "4") Integer capacity,
        @NotNull @Size(max = 28) List<@Valid @NotNull Period> opening,
        @NotNull @Size(max = 400) List<@Valid @NotNull ClosedDay> closedDays) {

    /** One opening period of a weekday (1 Monday … 7 Sunday); a day may have several (a lunch break). */
    public record Period(@NotNull @Min(1) @Max(7) Integer weekday, @NotNull LocalTime opens,
                         @NotNull LocalTime closes) {
    }

    /** A day the store is closed (a public holiday, stocktaking), with an optional reason shown to buyers. */
    public record ClosedDay(@NotNull LocalDate day, @Size(max = 200) String reason) {
    }
}
