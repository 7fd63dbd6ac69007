package se.kretslopp.membership;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

@ApplicationScoped
@WithSession
class MemberRemovalRepository implements PanacheRepositoryBase<MemberRemoval, UUID> {
}
