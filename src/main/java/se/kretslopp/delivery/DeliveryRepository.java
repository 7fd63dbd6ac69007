package se.kretslopp.delivery;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

@ApplicationScoped
class DeliveryRepository implements PanacheRepositoryBase<Delivery, UUID> {
}
