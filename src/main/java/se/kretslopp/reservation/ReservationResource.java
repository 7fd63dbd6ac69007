package se.kretslopp.reservation;

import io.quarkus.security.Authenticated;
import io.smallrye.faulttolerance.api.ApplyGuard;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import se.kretslopp.common.ConcurrentWrites;
import se.kretslopp.audit.AuditService;
import se.kretslopp.audit.api.AuditEntryView;
import se.kretslopp.common.FieldCode;
import se.kretslopp.common.Idempotency;
import se.kretslopp.common.Page;
import se.kretslopp.common.Problem;
import se.kretslopp.common.QueryParams;
import se.kretslopp.reservation.api.ConfirmRequest;
import se.kretslopp.reservation.api.HandoverRequest;
import se.kretslopp.reservation.api.RejectRequest;
import se.kretslopp.reservation.api.ReservationRequest;
import se.kretslopp.reservation.api.ReservationStatus;
import se.kretslopp.reservation.api.ReservationView;

import java.util.List;
import java.util.UUID;

@Path("/v1/reservations")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
class ReservationResource {

    private final ReservationService reservations;
    private final AuditService audit;

    ReservationResource(ReservationService reservations, AuditService audit) {
        this.audit = audit;
        this.reservations = reservations;
    }

    @POST
    @Operation(summary = "Reserve a quantity of a listing (409 when less is available). Idempotent with an"
            + " Idempotency-Key header")
    @ApplyGuard(ConcurrentWrites.GUARD)
    public Uni<Response> create(@HeaderParam(Idempotency.HEADER) String key,
                                @Valid @NotNull ReservationRequest request) {
        return reservations.create(request, key);
    }

    @GET
    @Operation(summary = "Your reservations as buyer (role=buyer, the default) or your organisation's as seller"
            + " (role=seller), newest first")
    public Uni<Page<ReservationView>> list(@RestQuery String role, @RestQuery String status,
                                           @RestQuery String listingId, @RestQuery String lotId,
                                           @RestQuery String page, @RestQuery String size) {
        if (role != null && !role.equals("buyer") && !role.equals("seller")) {
            throw QueryParams.invalidParameter(Problem.FieldError.of("role", FieldCode.INVALID_ENUM,
                    "field.invalidEnum", "buyer, seller").withAllowed(List.of("buyer", "seller")));
        }
        return reservations.list(role, QueryParams.enumValue(ReservationStatus.class, status, "status"),
                listingId == null ? null : QueryParams.uuid(listingId, "listingId"),
                lotId == null ? null : QueryParams.uuid(lotId, "lotId"), QueryParams.page(page), QueryParams.size(size));
    }

    @GET
    @Path("/{id}")
    public Uni<ReservationView> get(@RestPath UUID id) {
        return reservations.get(id);
    }

    @GET
    @Path("/{id}/history")
    @Operation(summary = "The reservation's changes, oldest first (the audit trail), for its buyer and seller")
    public Uni<List<AuditEntryView>> history(@RestPath UUID id) {
        return reservations.get(id).flatMap(readable -> audit.history("reservation", id.toString()));
    }

    @POST
    @Path("/{id}/confirm")
    @Operation(summary = "The seller confirms, with the agreed pickup slot")
    @ApplyGuard(ConcurrentWrites.GUARD)
    public Uni<Response> confirm(@RestPath UUID id, @HeaderParam(Idempotency.HEADER) String key,
                                 @Valid @NotNull ConfirmRequest request) {
        return reservations.confirm(id, request, key);
    }

    @POST
    @Path("/{id}/reject")
    @Operation(summary = "The seller rejects, with the reason; the hold is released")
    @ApplyGuard(ConcurrentWrites.GUARD)
    public Uni<Response> reject(@RestPath UUID id, @HeaderParam(Idempotency.HEADER) String key,
                                @Valid @NotNull RejectRequest request) {
        return reservations.reject(id, request, key);
    }

    @POST
    @Path("/{id}/cancel")
    @Operation(summary = "The buyer cancels; the hold is released")
    @ApplyGuard(ConcurrentWrites.GUARD)
    public Uni<Response> cancel(@RestPath UUID id, @HeaderParam(Idempotency.HEADER) String key) {
        return reservations.cancel(id, key);
    }

    @POST
    @Path("/{id}/handover")
    @Operation(summary = "The seller records the handover: the quantity taken (the rest is released), the date and"
            + " where it goes")
    @ApplyGuard(ConcurrentWrites.GUARD)
    public Uni<Response> handOver(@RestPath UUID id, @HeaderParam(Idempotency.HEADER) String key,
                                  @Valid @NotNull HandoverRequest request) {
        return reservations.handOver(id, request, key);
    }
}
