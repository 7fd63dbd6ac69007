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

/** A reservation's booked pickup at the store that holds its lot: read, book or move, cancel (buyer and seller). */
@Path("/v1/reservations/{id}/pickup")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
class ReservationPickupResource {

    private final PickupBookingService bookings;

    ReservationPickupResource(PickupBookingService bookings) {
        this.bookings = bookings;
    }

    @GET
    @Operation(summary = "The reservation's booked pickup at the store (buyer and seller)")
    public Uni<PickupBooking> booking(@RestPath UUID id) {
        return bookings.get(id);
    }

    @PUT
    @Operation(summary = "Book a pickup slot for a confirmed reservation of a stored lot, or move the booking there"
            + " (buyer or seller; 409 when the slot is full, 422 for a time that is not a free slot)")
    @ApplyGuard(ConcurrentWrites.GUARD)
    public Uni<PickupBooking> book(@RestPath UUID id, @Valid @NotNull BookingRequest request) {
        return bookings.book(id, request.startsAt());
    }

    @DELETE
    @Operation(summary = "Cancel the reservation's booked pickup; the slot is free again")
    @ApplyGuard(ConcurrentWrites.GUARD)
    public Uni<Void> cancel(@RestPath UUID id) {
        return bookings.cancel(id);
    }
}
