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

    /** Whether the person may see the owner's photos; {@code user} is null for an anonymous visitor. */
    Uni<Boolean> canRead(UUID ownerId, CurrentUser user);

    Uni<Boolean> canWrite(UUID ownerId, CurrentUser user);

    /** Called in the transaction that added or deleted a photo of the owner, e.g. to bump the owner's version. */
    default Uni<Void> photosChanged(UUID ownerId) {
        return Uni.createFrom().voidItem();
    }
}
