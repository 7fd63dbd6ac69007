package se.kretslopp.storage;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import se.kretslopp.identity.api.CurrentUser;
import se.kretslopp.photo.api.PhotoOwnerAccess;

import java.util.UUID;

/** Photos of a stock lot are seen and changed by whoever runs its site. */
@ApplicationScoped
class LotPhotos implements PhotoOwnerAccess {

    private final LotRepository lots;
    private final SiteRepository sites;

    LotPhotos(LotRepository lots, SiteRepository sites) {
        this.lots = lots;
        this.sites = sites;
    }

    @Override
    public String ownerKind() {
        return StockService.PHOTO_OWNER_KIND;
    }

    @Override
    @WithSession
    public Uni<Boolean> canRead(UUID ownerId, CurrentUser user) {
        return canWrite(ownerId, user);
    }

    @Override
    @WithSession
    public Uni<Boolean> canWrite(UUID ownerId, CurrentUser user) {
        if (user == null) {
            return Uni.createFrom().item(false);
        }
        return lots.findById(ownerId).flatMap(lot -> lot == null ? Uni.createFrom().item(false)
                : sites.findById(lot.siteId).map(site -> StorageAccess.manages(site, user)));
    }
}
