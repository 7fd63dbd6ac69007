package se.kretslopp.pickup;

import io.quarkus.security.Authenticated;
import io.smallrye.faulttolerance.api.ApplyGuard;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import se.kretslopp.common.ConcurrentWrites;
import se.kretslopp.common.FieldCode;
import se.kretslopp.common.Problem;
import se.kretslopp.common.QueryParams;
import se.kretslopp.common.Today;
import se.kretslopp.pickup.api.BookingRequest;
import se.kretslopp.pickup.api.PickupBooking;
import se.kretslopp.pickup.api.PickupDay;
import se.kretslopp.pickup.api.PickupHours;
import se.kretslopp.pickup.api.PickupSlot;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/** A store's pickup hours, its free slots and its booked pickups of a day (issue 21, docs/storage.md#pickup). */
@Path("/v1/storage/sites/{siteId}/pickup")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
class StorePickupResource {

    private static final int MAX_DAYS = 31;

    private final PickupHoursService hours;
    private final PickupBookingService bookings;

    StorePickupResource(PickupHoursService hours, PickupBookingService bookings) {
        this.hours = hours;
        this.bookings = bookings;
    }

    @GET
    @Path("/hours")
    @Operation(summary = "The store's pickup hours (anyone signed in; 404 until its operators publish them)")
    public Uni<PickupHours> hours(@RestPath UUID siteId) {
        return hours.get(siteId);
    }

    @PUT
    @Path("/hours")
    @Operation(summary = "Publish or replace the store's pickup hours (its operators); booked pickups stay booked")
    @ApplyGuard(ConcurrentWrites.GUARD)
    public Uni<PickupHours> putHours(@RestPath UUID siteId, @Valid @NotNull PickupHours request) {
        return hours.put(siteId, request);
    }

    @GET
    @Path("/slots")
    @Operation(summary = "The store's coming pickup slots with how many are free, from and to (days, Swedish time;"
            + " today and the next 13 days by default, at most 31 days)")
    public Uni<List<PickupSlot>> slots(@RestPath UUID siteId, @RestQuery String from, @RestQuery String to) {
        LocalDate first = from == null ? Today.date() : QueryParams.date(from, "from");
        LocalDate last = to == null ? first.plusDays(13) : QueryParams.date(to, "to");
        if (last.isBefore(first)) {
            throw QueryParams.invalidParameter(Problem.FieldError.of("to", FieldCode.BEFORE_OTHER, "field.notBefore",
                    "from").withOther("from"));
        }
        if (ChronoUnit.DAYS.between(first, last) >= MAX_DAYS) {
            throw QueryParams.invalidParameter(Problem.FieldError.of("to", FieldCode.TOO_FAR_AHEAD,
                    "field.tooFarAhead", MAX_DAYS).withMax(MAX_DAYS));
        }
        return hours.slots(siteId, first, last);
    }

    @GET
    @Path("/day")
    @Operation(summary = "The store's booked pickups of a day (default today), with the lots and where they lie:"
            + " the operators' pick list")
    public Uni<PickupDay> day(@RestPath UUID siteId, @RestQuery String date) {
        return bookings.day(siteId, date == null ? Today.date() : QueryParams.date(date, "date"));
    }
}
