package se.kretslopp.photo;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import org.jboss.logging.Logger;
import se.kretslopp.identity.api.CurrentUser;
import se.kretslopp.photo.api.PhotoOwnerAccess;

import java.util.UUID;

/** Asks the feature that owns a photo whether the user may see or delete it. */
@ApplicationScoped
class PhotoAccess {

    private static final Logger LOG = Logger.getLogger(PhotoAccess.class);

    private final Instance<PhotoOwnerAccess> owners;

    PhotoAccess(Instance<PhotoOwnerAccess> owners) {
        this.owners = owners;
    }

    Uni<Boolean> canRead(Photo photo, CurrentUser user) {
        PhotoOwnerAccess owner = ownerOf(photo);
        return owner == null ? Uni.createFrom().item(false) : owner.canRead(photo.ownerId, user).map(Boolean.TRUE::equals);
    }

    Uni<Boolean> canWrite(Photo photo, CurrentUser user) {
        PhotoOwnerAccess owner = ownerOf(photo);
        return owner == null ? Uni.createFrom().item(false) : owner.canWrite(photo.ownerId, user).map(Boolean.TRUE::equals);
    }

    Uni<Void> changed(Photo photo) {
        PhotoOwnerAccess owner = ownerOf(photo);
        return owner == null ? Uni.createFrom().voidItem() : owner.photosChanged(photo.ownerId);
    }

    /** Nobody may touch the photos of a kind that no feature answers for: a deny, not an error. */
    private PhotoOwnerAccess ownerOf(Photo photo) {
        PhotoOwnerAccess found = null;
        for (PhotoOwnerAccess candidate : owners) {
            if (photo.ownerKind.equals(candidate.ownerKind())) {
                if (found != null) {
                    throw new IllegalStateException("Two PhotoOwnerAccess beans answer for '" + photo.ownerKind + "'");
                }
                found = candidate;
            }
        }
        if (found == null) {
            LOG.warnf("No PhotoOwnerAccess answers for owner kind '%s' (photo %s)", photo.ownerKind, photo.id);
        }
        return found;
    }
}
