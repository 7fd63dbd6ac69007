package se.kretslopp.inventory;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import se.kretslopp.identity.api.CurrentUser;
import se.kretslopp.photo.api.PhotoOwnerAccess;

import java.util.UUID;

/** Photos of an inventory item follow the item: whoever may see the building sees them, its editors delete them. */
@ApplicationScoped
class InventoryItemPhotos implements PhotoOwnerAccess {

    static final String OWNER_KIND = "inventory-item";

    private final InventoryItemRepository items;
    private final BuildingRepository buildings;

    InventoryItemPhotos(InventoryItemRepository items, BuildingRepository buildings) {
        this.items = items;
        this.buildings = buildings;
    }

    @Override
    public String ownerKind() {
        return OWNER_KIND;
    }

    @Override
    @WithSession
    public Uni<Boolean> canRead(UUID ownerId, CurrentUser user) {
        if (user == null) {
            return Uni.createFrom().item(false);
        }
        return buildingOf(ownerId).map(b -> b != null && BuildingAccess.canRead(b, user));
    }

    @Override
    @WithSession
    public Uni<Boolean> canWrite(UUID ownerId, CurrentUser user) {
        if (user == null) {
            return Uni.createFrom().item(false);
        }
        return buildingOf(ownerId).map(b -> b != null && BuildingAccess.canWrite(b, user) && !b.archived());
    }

    private Uni<Building> buildingOf(UUID itemId) {
        return items.findById(itemId).flatMap(item -> item == null
                ? Uni.createFrom().nullItem() : buildings.findById(item.buildingId));
    }
}
