package se.kretslopp.photo.api;

import io.smallrye.mutiny.Uni;
import se.kretslopp.identity.api.CurrentUser;

import java.util.UUID;

/**
 * Implemented (as a CDI bean) by each feature whose things have photos: it decides who may see and delete the
 * photos of one of its things. The photo feature itself knows nothing about inventories or listings.
 */
public interface PhotoOwnerAccess {

    /** The owner kind this bean answers for, e.g. {@code inventory-item}. */
    String ownerKind();

    Uni<Boolean> canRead(UUID ownerId, CurrentUser user);

    Uni<Boolean> canWrite(UUID ownerId, CurrentUser user);
}
