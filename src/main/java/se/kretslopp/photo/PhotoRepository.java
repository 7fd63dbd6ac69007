package se.kretslopp.photo;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
@WithSession
class PhotoRepository implements PanacheRepositoryBase<Photo, UUID> {

    Uni<List<Photo>> listOf(String ownerKind, UUID ownerId) {
        return list("ownerKind = ?1 and ownerId = ?2", Sort.by("createdAt").and("id"), ownerKind, ownerId);
    }

    Uni<List<Photo>> listOf(String ownerKind, Collection<UUID> ownerIds) {
        return list("ownerKind = ?1 and ownerId in ?2", Sort.by("createdAt").and("id"), ownerKind, ownerIds);
    }

    /** Owners without photos are left out. */
    Uni<Map<UUID, Long>> countByOwner(String ownerKind, Collection<UUID> ownerIds) {
        return getSession().flatMap(session -> session
                .createSelectionQuery("select p.ownerId, count(p) from Photo p"
                        + " where p.ownerKind = :kind and p.ownerId in :ids group by p.ownerId", Object[].class)
                .setParameter("kind", ownerKind)
                .setParameter("ids", ownerIds)
                .getResultList())
                .map(rows -> {
                    Map<UUID, Long> counts = new HashMap<>();
                    rows.forEach(row -> counts.put((UUID) row[0], (Long) row[1]));
                    return counts;
                });
    }
}
