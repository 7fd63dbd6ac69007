package se.kretslopp.listing;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import se.kretslopp.identity.api.CurrentUser;
import se.kretslopp.organisation.OrganisationService;
import se.kretslopp.photo.api.PhotoOwnerAccess;

import java.util.Set;
import java.util.UUID;

/**
 * Photos of a listing are seen by whoever sees the listing (anonymous visitors too, for public ones) and changed
 * by its editors. Adding or deleting one is a change of the listing: it gets a new version and is re-indexed.
 */
@ApplicationScoped
class ListingPhotos implements PhotoOwnerAccess {

    static final String OWNER_KIND = "listing";

    private final ListingRepository listings;
    private final OrganisationService organisations;

    ListingPhotos(ListingRepository listings, OrganisationService organisations) {
        this.listings = listings;
        this.organisations = organisations;
    }

    @Override
    public String ownerKind() {
        return OWNER_KIND;
    }

    @Override
    @WithSession
    public Uni<Boolean> canRead(UUID ownerId, CurrentUser user) {
        return listings.findById(ownerId).flatMap(listing -> listing == null ? Uni.createFrom().item(false)
                : organisations.findByIds(Set.of(listing.organisationId)).map(orgs -> ListingAccess.canRead(listing,
                orgs.containsKey(listing.organisationId) ? orgs.get(listing.organisationId).group() : null, user)));
    }

    @Override
    @WithSession
    public Uni<Boolean> canWrite(UUID ownerId, CurrentUser user) {
        return listings.findById(ownerId).map(listing -> listing != null && ListingAccess.canEdit(listing, user));
    }

    @Override
    public Uni<Void> photosChanged(UUID ownerId) {
        return listings.findById(ownerId).invoke(listing -> {
            if (listing != null) {
                listing.updatedAt = java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC)
                        .truncatedTo(java.time.temporal.ChronoUnit.MICROS);
            }
        }).replaceWithVoid();
    }
}
