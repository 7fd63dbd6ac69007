package se.kretslopp.delivery;

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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import se.kretslopp.common.ConcurrentWrites;
import se.kretslopp.common.FieldCode;
import se.kretslopp.common.Idempotency;
import se.kretslopp.common.Page;
import se.kretslopp.common.Problem;
import se.kretslopp.common.QueryParams;
import se.kretslopp.delivery.api.CarrierView;
import se.kretslopp.delivery.api.DeclineRequest;
import se.kretslopp.delivery.api.DeliveredRequest;
import se.kretslopp.delivery.api.DeliveryRequest;
import se.kretslopp.delivery.api.DeliveryStatus;
import se.kretslopp.delivery.api.DeliveryView;
import se.kretslopp.delivery.api.PlanRequest;
import se.kretslopp.delivery.api.ReceiptRequest;

import java.util.List;
import java.util.UUID;

/**
 * Deliveries: the buyer asks, the carrier's board lists and moves them on, the note prints with its QR code, and
 * the receiver confirms receipt. Who may see a delivery: its buyer, seller and carrier organisations (404 for
 * everyone else). Every POST takes an {@code Idempotency-Key}.
 */
@Path("/v1/deliveries")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", description = "No valid token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
class DeliveryResource {

    private static final List<String> ROLES = List.of("carrier", "buyer", "seller");

    private final DeliveryService deliveries;
    private final DeliveryReceiptService receipts;

    DeliveryResource(DeliveryService deliveries, DeliveryReceiptService receipts) {
        this.deliveries = deliveries;
        this.receipts = receipts;
    }

    @POST
    @Operation(summary = "The buyer asks for delivery of a confirmed reservation instead of pickup")
    @ApplyGuard(ConcurrentWrites.GUARD)
    @APIResponse(responseCode = "201", description = "Asked; the carrier and the seller are told",
            content = @Content(schema = @Schema(implementation = DeliveryView.class)))
    @APIResponse(responseCode = "400", description = "Malformed or missing fields, named in errors",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not the reservation's buyer",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The reservation is not confirmed, has a booked pickup or a"
            + " delivery already (errors name reservationId)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Window, position, carrier or reservation do not fit (named)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> request(@HeaderParam(Idempotency.HEADER) String key,
                                 @Valid @NotNull DeliveryRequest request) {
        return deliveries.request(request, key);
    }

    @GET
    @Operation(summary = "Deliveries your organisation is party to, newest first: as carrier (the carrier's board),"
            + " buyer or seller (role), or all three")
    @APIResponse(responseCode = "200", description = "A page of deliveries")
    @APIResponse(responseCode = "400", description = "A query parameter is invalid (named)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Page<DeliveryView>> list(@RestQuery String role, @RestQuery String status,
                                        @RestQuery String reservationId, @RestQuery String page,
                                        @RestQuery String size) {
        if (role != null && !ROLES.contains(role)) {
            throw QueryParams.invalidParameter(Problem.FieldError.of("role", FieldCode.INVALID_ENUM,
                    "field.invalidEnum", String.join(", ", ROLES)).withAllowed(ROLES));
        }
        return deliveries.list(role, QueryParams.enumValue(DeliveryStatus.class, status, "status"),
                reservationId == null ? null : QueryParams.uuid(reservationId, "reservationId"),
                QueryParams.page(page), QueryParams.size(size));
    }

    @GET
    @Path("/carriers")
    @Operation(summary = "The carrier organisations one may ask to deliver")
    @APIResponse(responseCode = "200", description = "Carriers by name")
    public Uni<List<CarrierView>> carriers() {
        return deliveries.carriers();
    }

    @POST
    @Path("/receipt")
    @Operation(summary = "The receiver (a user of the buyer organisation) confirms receipt with the token of the"
            + " note's QR code: the delivery is delivered and the reservation handed over. Only the first counts;"
            + " again answers 200 with the delivery as it stands")
    @ApplyGuard(ConcurrentWrites.GUARD)
    @APIResponse(responseCode = "200", description = "Received (now or before)",
            content = @Content(schema = @Schema(implementation = DeliveryView.class)))
    @APIResponse(responseCode = "400", description = "The token is malformed (errors name token)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such token, or the caller is not of the buyer organisation",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Not accepted by the carrier yet, or the reservation has ended",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> receipt(@HeaderParam(Idempotency.HEADER) String key, @Valid @NotNull ReceiptRequest request) {
        return receipts.confirm(request, key);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One delivery (its buyer, seller and carrier)")
    @APIResponse(responseCode = "200", description = "The delivery",
            content = @Content(schema = @Schema(implementation = DeliveryView.class)))
    @APIResponse(responseCode = "404", description = "No such delivery that your organisation is party to",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<DeliveryView> get(@RestPath UUID id) {
        return deliveries.get(id);
    }

    @GET
    @Path("/{id}/note.pdf")
    @Produces("application/pdf")
    @Operation(summary = "The delivery note (följesedel) as PDF, with the receipt QR code")
    @APIResponse(responseCode = "200", description = "The note",
            content = @Content(mediaType = "application/pdf", schema = @Schema(type =
                    org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "404", description = "No such delivery that your organisation is party to",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> note(@RestPath UUID id) {
        return deliveries.note(id).map(note -> Response.ok(DeliveryNotePdf.render(note), "application/pdf")
                .header("Content-Disposition", "inline; filename=\"foljesedel.pdf\"").build());
    }

    @POST
    @Path("/{id}/accept")
    @Operation(summary = "The carrier accepts a requested delivery")
    @ApplyGuard(ConcurrentWrites.GUARD)
    @APIResponse(responseCode = "200", description = "The delivery after the step",
            content = @Content(schema = @Schema(implementation = DeliveryView.class)))
    @APIResponse(responseCode = "403", description = "Not the delivery's carrier (or, to cancel, its buyer)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such delivery that your organisation is party to",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Out of order (errors name status)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> accept(@RestPath UUID id, @HeaderParam(Idempotency.HEADER) String key) {
        return deliveries.accept(id, key);
    }

    @POST
    @Path("/{id}/decline")
    @Operation(summary = "The carrier declines a requested delivery, with the reason")
    @ApplyGuard(ConcurrentWrites.GUARD)
    @APIResponse(responseCode = "200", description = "The delivery after the step",
            content = @Content(schema = @Schema(implementation = DeliveryView.class)))
    @APIResponse(responseCode = "403", description = "Not the delivery's carrier (or, to cancel, its buyer)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such delivery that your organisation is party to",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Out of order (errors name status)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> decline(@RestPath UUID id, @HeaderParam(Idempotency.HEADER) String key,
                                 @Valid @NotNull DeclineRequest request) {
        return deliveries.decline(id, request.reason(), key);
    }

    @POST
    @Path("/{id}/plan")
    @Operation(summary = "The carrier plans the arrival (again, until it sets out)")
    @ApplyGuard(ConcurrentWrites.GUARD)
    @APIResponse(responseCode = "200", description = "The delivery after the step",
            content = @Content(schema = @Schema(implementation = DeliveryView.class)))
    @APIResponse(responseCode = "403", description = "Not the delivery's carrier (or, to cancel, its buyer)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such delivery that your organisation is party to",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Out of order (errors name status)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> plan(@RestPath UUID id, @HeaderParam(Idempotency.HEADER) String key,
                              @Valid @NotNull PlanRequest request) {
        return deliveries.plan(id, request.plannedAt(), key);
    }

    @POST
    @Path("/{id}/depart")
    @Operation(summary = "The carrier is on the way")
    @ApplyGuard(ConcurrentWrites.GUARD)
    @APIResponse(responseCode = "200", description = "The delivery after the step",
            content = @Content(schema = @Schema(implementation = DeliveryView.class)))
    @APIResponse(responseCode = "403", description = "Not the delivery's carrier (or, to cancel, its buyer)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such delivery that your organisation is party to",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Out of order (errors name status)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> depart(@RestPath UUID id, @HeaderParam(Idempotency.HEADER) String key) {
        return deliveries.depart(id, key);
    }

    @POST
    @Path("/{id}/deliver")
    @Operation(summary = "The carrier has delivered, with the kilometres driven if known (they win over the estimate)")
    @ApplyGuard(ConcurrentWrites.GUARD)
    @APIResponse(responseCode = "200", description = "The delivery after the step",
            content = @Content(schema = @Schema(implementation = DeliveryView.class)))
    @APIResponse(responseCode = "403", description = "Not the delivery's carrier (or, to cancel, its buyer)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such delivery that your organisation is party to",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Out of order (errors name status)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> deliver(@RestPath UUID id, @HeaderParam(Idempotency.HEADER) String key,
                                 @Valid DeliveredRequest request) {
        return deliveries.deliver(id, request == null ? null : request.drivenKm(), key);
    }

    @POST
    @Path("/{id}/cancel")
    @Operation(summary = "The buyer takes the request back before the carrier sets out")
    @ApplyGuard(ConcurrentWrites.GUARD)
    @APIResponse(responseCode = "200", description = "The delivery after the step",
            content = @Content(schema = @Schema(implementation = DeliveryView.class)))
    @APIResponse(responseCode = "403", description = "Not the delivery's carrier (or, to cancel, its buyer)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such delivery that your organisation is party to",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Out of order (errors name status)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> cancel(@RestPath UUID id, @HeaderParam(Idempotency.HEADER) String key) {
        return deliveries.cancel(id, key);
    }
}
