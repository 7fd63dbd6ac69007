package se.kretslopp.inventory;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
@WithSession
class BuildingRepository implements PanacheRepositoryBase<Building, UUID> {

    private static final String VISIBLE = "(organisationId = :org or :org member of assignedOrganisationIds)";

    /** Buildings an organisation owns or is assigned to dismantle, active or archived. */
    Uni<List<Building>> visibleTo(UUID organisationId, boolean archived, int page, int size) {
        return find(visible(archived) + " order by name, id", Parameters.with("org", organisationId))
                .page(Page.of(page, size)).list();
    }

    Uni<Long> countVisibleTo(UUID organisationId, boolean archived) {
        return count(visible(archived), Parameters.with("org", organisationId));
    }

    private static String visible(boolean archived) {
        return VISIBLE + (archived ? " and archivedAt is not null" : " and archivedAt is null");
    }
}
