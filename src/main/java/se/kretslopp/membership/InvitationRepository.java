package se.kretslopp.membership;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
@WithSession
class InvitationRepository implements PanacheRepositoryBase<Invitation, UUID> {

    Uni<Invitation> findByHashForUpdate(String tokenHash) {
        return find("tokenHash", tokenHash).withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
    }

    /** The organisation's invitations that can still be accepted, newest first. */
    Uni<List<Invitation>> pendingOf(UUID organisationId, OffsetDateTime now) {
        return list("organisationId = ?1 and status = ?2 and expiresAt > ?3 order by createdAt desc",
                organisationId, Invitation.PENDING, now);
    }
}
