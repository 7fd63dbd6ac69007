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
class SiteRepository implements PanacheRepositoryBase<StorageSite, UUID> {

    /** The sites the organisation runs or delivers to, by name. */
    Uni<List<StorageSite>> visibleTo(UUID organisationId, boolean deliverer) {
        return deliverer
                ? find("select distinct s from StorageSite s left join s.deliverers d"
                + " where s.organisationId = ?1 or d = ?1 order by s.name, s.id", organisationId).list()
                : find("organisationId = ?1", Sort.by("name").and("id"), organisationId).list();
    }
}
