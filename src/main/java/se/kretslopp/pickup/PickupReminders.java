package se.kretslopp.pickup;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import se.kretslopp.notification.api.NotificationKind;
import se.kretslopp.pickup.api.PickupBooking;
import se.kretslopp.reservation.ReservationService;

import java.util.UUID;

/**
 * Reminds buyer and seller of a booked pickup the day before (within 24 hours of its start). Runs on every
 * replica: each claims its rows with {@code FOR UPDATE SKIP LOCKED}, and a reminder is unique per reservation and
 * person, so each is sent once.
 */
@ApplicationScoped
class PickupReminders {

    private static final Logger LOG = Logger.getLogger(PickupReminders.class);

    private final ReservationService reservations;

    PickupReminders(ReservationService reservations) {
        this.reservations = reservations;
    }

    @Scheduled(every = "${kretslopp.pickup.reminder-interval:5m}", delayed = "20s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> run() {
        return remind().replaceWithVoid()
                .onFailure().invoke(e -> LOG.warn("Pickup reminders failed; they run again shortly", e))
                .onFailure().recoverWithNull();
    }

    /** Reminds of up to 100 pickups that start within a day; returns how many. */
    @WithTransaction
    Uni<Integer> remind() {
        return Panache.getSession().flatMap(session -> session.createNativeQuery(
                        "update pickup_booking set reminded = true where id in (select id from pickup_booking"
                                + " where status = 'BOOKED' and not reminded and starts_at > now()"
                                + " and starts_at <= now() + interval '24 hours' order by starts_at limit 100"
                                + " for update skip locked)"
                                + " returning reservation_id, site_id, starts_at, ends_at", Object[].class)
                .getResultList())
                .flatMap(rows -> {
                    Uni<Void> chain = Uni.createFrom().voidItem();
                    for (Object[] row : rows) {
                        PickupBooking booking = new PickupBooking((UUID) row[0], (UUID) row[1],
                                PickupBookingService.at(row[2]), PickupBookingService.at(row[3]), false, null, null);
                        chain = chain.chain(() -> reservations.tellParties(booking.reservationId(),
                                NotificationKind.PICKUP_REMINDER, PickupBookingService.describe(booking)));
                    }
                    return chain.map(v -> rows.size());
                });
    }
}
