package se.kretslopp.inventory;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
@WithSession
class InventoryItemRepository implements PanacheRepositoryBase<InventoryItem, UUID> {

    /** Locks the row for the caller's transaction without loading it (the lock order: docs/reservations.md#locks). */
    Uni<Void> lockRow(UUID id) {
        return getSession().flatMap(session -> session.createNativeQuery("select 1 from inventory_item where id = :id for no key update")
                .setParameter("id", id).getResultList()).replaceWithVoid();
    }

    Uni<Map<UUID, Long>> countByBuilding(Collection<UUID> buildingIds) {
        if (buildingIds.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return getSession().flatMap(session -> session
                .createSelectionQuery("select i.buildingId, count(i) from InventoryItem i where i.buildingId in :ids"
                        + " group by i.buildingId", Object[].class)
                .setParameter("ids", buildingIds)
                .getResultList())
                .map(rows -> {
                    Map<UUID, Long> counts = new HashMap<>();
                    for (Object[] row : rows) {
                        counts.put((UUID) row[0], (Long) row[1]);
                    }
                    return counts;
                });
    }

    Uni<List<InventoryItem>> allOf(UUID buildingId) {
        return list("buildingId = ?1 order by name, id", buildingId);
    }
}
