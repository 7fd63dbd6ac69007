package se.kretslopp.photo;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import se.kretslopp.identity.api.CurrentUser;
import se.kretslopp.photo.api.PhotoOwnerAccess;

import java.util.Set;
import java.util.UUID;

/**
 * The owner of the test photos: Kalmar kommun and its dismantling contractor see them, only Kalmar kommun's
 * property unit may delete them.
 */
@ApplicationScoped
public class TestOwnerAccess implements PhotoOwnerAccess {

    static final String KIND = "test-owner";

    @Override
    public String ownerKind() {
        return KIND;
    }

    @Override
    public Uni<Boolean> canRead(UUID ownerId, CurrentUser user) {
        return Uni.createFrom().item(user != null && Set.of("kalmar-kommun", "kalmar-rivning").contains(user.organisation().code()));
    }

    @Override
    public Uni<Boolean> canWrite(UUID ownerId, CurrentUser user) {
        return Uni.createFrom().item("kalmar-kommun".equals(user.organisation().code()) && user.hasRole("property-unit"));
    }
}
