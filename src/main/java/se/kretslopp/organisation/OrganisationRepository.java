package se.kretslopp.organisation;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

@ApplicationScoped
@WithSession
class OrganisationRepository implements PanacheRepositoryBase<Organisation, UUID> {

    Uni<Organisation> findByCode(String code) {
        return find("code", code).firstResult();
    }
}
