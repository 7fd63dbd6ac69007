package se.kretslopp.delivery;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.ws.rs.core.Response;
import se.kretslopp.audit.AuditService;
import se.kretslopp.climate.ClimateService;
import se.kretslopp.common.Idempotency;
import se.kretslopp.common.Message;
import se.kretslopp.common.ProblemException;
import se.kretslopp.common.ProblemType;
import se.kretslopp.delivery.api.ReceiptRequest;
import se.kretslopp.identity.CurrentUserService;
import se.kretslopp.identity.api.CurrentUser;
import se.kretslopp.notification.api.NotificationKind;
import se.kretslopp.reservation.ReservationService;
import se.kretslopp.reservation.api.ReservationStatus;

import java.util.List;
import java.util.UUID;

/**
 * The receiver confirms receipt by scanning the delivery note's QR code: the delivery is delivered and the
 * reservation handed over, through the reservation's own handover (stock movements, handover record with the
 * delivery's distance, climate figures). Only the first scan counts; later ones answer with the delivery as it
 * stands. Two scans at once cannot both hand over: each takes the reservation's row lock first (as every change of a
 * reservation does), then the delivery's, and reads whether it was received only under both.
 *
 * <p>A token that is unknown, or scanned by someone outside the buyer organisation, answers 404 alike: the token is
 * the secret, and whoever holds it without being the receiver learns nothing from the answer (docs/deliveries.md).
 */
@ApplicationScoped
public class DeliveryReceiptService {

    private final DeliveryRepository deliveries;
    private final DeliveryService service;
    private final ReservationService reservations;
    private final ClimateService climate;
    private final AuditService audit;
    private final CurrentUserService users;
    private final Idempotency idempotency;

    DeliveryReceiptService(DeliveryRepository deliveries, DeliveryService service, ReservationService reservations,
                           ClimateService climate, AuditService audit, CurrentUserService users,
                           Idempotency idempotency) {
        this.deliveries = deliveries;
        this.service = service;
        this.reservations = reservations;
        this.climate = climate;
        this.audit = audit;
        this.users = users;
        this.idempotency = idempotency;
    }

    /** Confirms receipt; the climate data is read before the transaction opens (as for any handover). */
    public Uni<Response> confirm(ReceiptRequest request, String key) {
        CurrentUser user = users.current();
        String hash = ReceiptTokens.hash(ReceiptTokens.extract(request.token()));
        return climate.handoverData().flatMap(data -> Panache.withTransaction(() -> audit.stampTransaction()
                .flatMap(stamped -> idempotency.once(key, DeliveryService.owner(user), "POST",
                        "/api/v1/deliveries/receipt", request, () -> receive(hash, user, data)))));
    }

    private Uni<Response> receive(String hash, CurrentUser user, ClimateService.HandoverData data) {
        return addressed(hash, user)
                .flatMap(found -> reservations.lockForChange(found.reservationId())
                        .flatMap(reservation -> deliveries.findById(found.id(), LockModeType.PESSIMISTIC_WRITE)
                                .flatMap(d -> d.receivedAt != null ? Uni.createFrom().item(d)
                                        : handOver(d, reservation, user, data))))
                .flatMap(d -> service.view(d, user))
                .map(view -> Response.ok(view).build());
    }

    /** The delivery the token belongs to, if the caller's organisation is its buyer (404 otherwise). */
    private Uni<Found> addressed(String hash, CurrentUser user) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery(
                        "select id, reservation_id, buyer_organisation_id from delivery where receipt_token_hash = :h",
                        Object[].class)
                .setParameter("h", hash).getResultList())
                .map(rows -> {
                    if (rows.isEmpty() || !user.organisation().id().equals(rows.get(0)[2])) {
                        throw new ProblemException(ProblemType.NOT_FOUND, Message.of("notFound.deliveryReceipt"));
                    }
                    return new Found((UUID) rows.get(0)[0], (UUID) rows.get(0)[1]);
                });
    }

    private record Found(UUID id, UUID reservationId) {
    }

    private Uni<Delivery> handOver(Delivery d, ReservationStatus reservation, CurrentUser user,
                                   ClimateService.HandoverData data) {
        d.receive(DeliveryService.username(user), DeliveryService.now());
        if (reservation != ReservationStatus.CONFIRMED) {
            throw new ProblemException(ProblemType.CONFLICT, Message.of("detail.delivery.reservationNotOpen",
                    reservation.name()), List.of());
        }
        String destination = d.streetAddress + (d.postalCode == null ? ", " : ", " + d.postalCode + " ") + d.city;
        destination = destination.length() > 300 ? destination.substring(0, 300) : destination;
        d.updatedAt = d.receivedAt;
        d.version++;
        return reservations.handOverOnReceipt(d.reservationId, d.transportDistanceKm(), destination, data)
                .call(v -> deliveries.flush())
                .call(v -> service.tell(d, NotificationKind.DELIVERY_RECEIVED, null, user))
                .replaceWith(d);
    }
}
