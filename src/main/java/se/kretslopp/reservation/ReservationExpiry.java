package se.kretslopp.reservation;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.UUID;

/**
 * Releases holds that were neither confirmed nor handed over in time, and warns a day ahead. Runs on every
 * replica: each claims its rows with {@code FOR UPDATE SKIP LOCKED} and changes only rows still in the state it
 * selected, and a notification is unique per reservation, kind and person, so a hold is released, and its people
 * told, once.
 */
@ApplicationScoped
class ReservationExpiry {

    private static final Logger LOG = Logger.getLogger(ReservationExpiry.class);

    private final ReservationRepository reservations;
    private final ReservationService service;

    ReservationExpiry(ReservationRepository reservations, ReservationService service) {
        this.reservations = reservations;
        this.service = service;
    }

    @Scheduled(every = "${kretslopp.reservations.expiry-interval:15s}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> run() {
        return releaseExpired().flatMap(n -> warnExpiring()).replaceWithVoid()
                .onFailure().invoke(e -> LOG.warn("Reservation expiry failed; it runs again shortly", e))
                .onFailure().recoverWithNull();
    }

    /** Releases up to 100 expired holds; returns how many. */
    @WithTransaction
    Uni<Integer> releaseExpired() {
        return claim("select id from reservation where status = 'REQUESTED' and expires_at <= now()"
                + " order by expires_at limit 100 for update skip locked")
                .flatMap(ids -> {
                    Uni<Void> chain = Uni.createFrom().voidItem();
                    for (UUID id : ids) {
                        chain = chain.flatMap(v -> reservations.findById(id).flatMap(service::expire));
                    }
                    return chain.call(v -> reservations.flush()).map(v -> {
                        if (!ids.isEmpty()) {
                            LOG.infof("%d reservations expired", ids.size());
                        }
                        return ids.size();
                    });
                });
    }

    /** Warns buyer and seller of holds that run out within a day (once each). */
    @WithTransaction
    Uni<Integer> warnExpiring() {
        return claim("select id from reservation where status = 'REQUESTED' and not expiry_warned"
                + " and expires_at <= now() + interval '24 hours' and expires_at > now()"
                + " order by expires_at limit 100 for update skip locked")
                .flatMap(ids -> {
                    Uni<Void> chain = Uni.createFrom().voidItem();
                    for (UUID id : ids) {
                        chain = chain.flatMap(v -> Panache.getSession().flatMap(session -> session
                                        .createNativeQuery("update reservation set expiry_warned = true where id = :id")
                                        .setParameter("id", id).executeUpdate()))
                                .flatMap(v -> reservations.findById(id)).flatMap(service::warn);
                    }
                    return chain.map(v -> ids.size());
                });
    }

    private Uni<List<UUID>> claim(String sql) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery(sql, UUID.class).getResultList());
    }
}
