package se.kretslopp.listing;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import se.kretslopp.listing.api.ListingStatus;

import java.math.BigDecimal;
import java.util.UUID;

@ApplicationScoped
class ListingRepository implements PanacheRepositoryBase<Listing, UUID> {

    /** Locks the row for the caller's transaction without loading it (the lock order: docs/reservations.md#locks). */
    Uni<Void> lockRow(UUID id) {
        return getSession().flatMap(session -> session.createNativeQuery("select 1 from listing where id = :id for no key update")
                .setParameter("id", id).getResultList()).replaceWithVoid();
    }

    /** What the active listings (draft, published, reserved) of an item offer, leaving one listing out. */
    Uni<BigDecimal> offeredFromItem(UUID itemId, UUID except) {
        return getSession().flatMap(session -> session.createSelectionQuery(
                        "select coalesce(sum(l.quantity), 0) from Listing l where l.inventoryItemId = :item"
                                + " and l.status in :active and l.id <> :except", BigDecimal.class)
                .setParameter("item", itemId)
                .setParameter("active", ListingStatus.ACTIVE)
                .setParameter("except", except == null ? new UUID(0, 0) : except)
                .getSingleResult());
    }

    /** Whether the lot already has an active listing (a lot is offered by one listing at a time). */
    Uni<Boolean> lotOffered(UUID lotId) {
        return count("stockLotId = ?1 and status in ?2", lotId, ListingStatus.ACTIVE).map(n -> n > 0);
    }

    /** The row as the database holds it now (triggers may have changed it behind the session's back). */
    Uni<Listing> reload(Listing listing) {
        return getSession().flatMap(session -> {
            session.detach(listing);
            return findById(listing.id);
        });
    }
}
