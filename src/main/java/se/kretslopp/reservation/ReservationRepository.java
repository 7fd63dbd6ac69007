package se.kretslopp.reservation;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

@ApplicationScoped
class ReservationRepository implements PanacheRepositoryBase<Reservation, UUID> {
}
