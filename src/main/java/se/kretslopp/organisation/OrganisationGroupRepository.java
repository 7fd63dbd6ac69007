package se.kretslopp.organisation;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
@WithSession
class OrganisationGroupRepository implements PanacheRepositoryBase<OrganisationGroup, String> {
}
