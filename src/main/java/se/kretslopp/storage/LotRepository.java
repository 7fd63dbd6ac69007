package se.kretslopp.storage;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
class LotRepository implements PanacheRepositoryBase<StockLot, UUID> {

    /** Locks the row for the caller's transaction without loading it (the lock order: docs/reservations.md#locks). */
    Uni<Void> lockRow(UUID id) {
        return getSession().flatMap(session -> session.createNativeQuery("select 1 from stock_lot where id = :id for no key update")
                .setParameter("id", id).getResultList()).replaceWithVoid();
    }

    /** Locks the lots (in id order, so two writers never wait for each other crosswise). */
    Uni<List<StockLot>> lockAll(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return find("id in ?1", Sort.by("id"), ids).withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }

    Uni<List<Balance>> balancesOf(Collection<UUID> lotIds) {
        if (lotIds.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return getSession().flatMap(session -> session.createSelectionQuery(
                        "select new se.kretslopp.storage.Balance(b.lotId, b.locationId, b.onHand) from StockBalance b"
                                + " where b.lotId in :ids order by b.lotId, b.locationId", Balance.class)
                .setParameter("ids", lotIds).getResultList());
    }

    Uni<List<Balance>> balancesAt(UUID locationId) {
        return getSession().flatMap(session -> session.createSelectionQuery(
                        "select new se.kretslopp.storage.Balance(b.lotId, b.locationId, b.onHand) from StockBalance b"
                                + " where b.locationId = :location", Balance.class)
                .setParameter("location", locationId).getResultList());
    }

    /** What earlier intakes received of an inventory item. */
    Uni<BigDecimal> receivedFromItem(UUID itemId) {
        return getSession().flatMap(session -> session.createSelectionQuery(
                        "select coalesce(sum(l.receivedQuantity), 0) from StockLot l where l.inventoryItemId = :item",
                        BigDecimal.class)
                .setParameter("item", itemId).getSingleResult());
    }

    /** Adds to (or, negative, takes from) what is promised of a lot; the database refuses more than on hand. */
    Uni<Integer> changePromised(UUID lotId, BigDecimal delta) {
        return getSession().flatMap(session -> session.createNativeQuery(
                        "update stock_lot set promised = promised + :delta, version = version + 1,"
                                + " updated_at = now() where id = :id")
                .setParameter("delta", delta).setParameter("id", lotId).executeUpdate());
    }

    /** The row as the database holds it now (triggers may have changed it behind the session's back). */
    Uni<StockLot> reload(StockLot lot) {
        return getSession().flatMap(session -> {
            session.detach(lot);
            return findById(lot.id);
        });
    }

    Uni<Boolean> codeTaken(String code) {
        return count("code", code).map(n -> n > 0);
    }
}
