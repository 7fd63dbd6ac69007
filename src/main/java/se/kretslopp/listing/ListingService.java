package se.kretslopp.listing;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import se.kretslopp.category.CategoryService;
import se.kretslopp.category.api.CategoryView;
import se.kretslopp.common.FieldCode;
import se.kretslopp.common.Message;
import se.kretslopp.common.Page;
import se.kretslopp.common.Problem;
import se.kretslopp.common.ProblemException;
import se.kretslopp.common.ProblemType;
import se.kretslopp.common.Today;
import se.kretslopp.identity.CurrentUserService;
import se.kretslopp.identity.api.CurrentUser;
import se.kretslopp.inventory.InventoryItemService;
import se.kretslopp.inventory.api.ItemSource;
import se.kretslopp.listing.api.ListingHold;
import se.kretslopp.listing.api.ListingRequest;
import se.kretslopp.listing.api.ListingStatus;
import se.kretslopp.listing.api.ListingView;
import se.kretslopp.listing.api.PublishItemRequest;
import se.kretslopp.organisation.OrganisationService;
import se.kretslopp.organisation.api.OrganisationView;
import se.kretslopp.photo.PhotoService;
import se.kretslopp.photo.api.PhotoView;
import se.kretslopp.storage.StockService;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Marketplace listings: written by their organisation's contractors and property-unit users, read by everybody
 * they are visible to. Every change bumps the version (optimistic concurrency for the API) and, through a
 * database trigger, writes the outbox row that brings the change to the search index in the same transaction.
 */
@ApplicationScoped
public class ListingService {

    private final ListingRepository listings;
    private final CategoryService categories;
    private final OrganisationService organisations;
    private final CurrentUserService users;
    private final PhotoService photos;
    private final InventoryItemService items;
    private final StockService stock;

    ListingService(ListingRepository listings, CategoryService categories, OrganisationService organisations,
                   CurrentUserService users, PhotoService photos, InventoryItemService items, StockService stock) {
        this.listings = listings;
        this.categories = categories;
        this.organisations = organisations;
        this.users = users;
        this.photos = photos;
        this.items = items;
        this.stock = stock;
    }

    @WithTransaction
    public Uni<ListingView> create(ListingRequest request) {
        CurrentUser user = users.current();
        requireMayList(user);
        ListingRules.require(request.price(), request.location(), request.visibility(), request.publicFrom(),
                request.expiresOn(), request.status(), null);
        return categories.all().flatMap(cats -> {
            requireCategory(cats, request.categoryId());
            Listing listing = newListing(user, null);
            apply(listing, request);
            setStatus(listing, request.status() == null ? ListingStatus.DRAFT : request.status());
            return listings.persist(listing);
        }).flatMap(listing -> view(listing, user));
    }

    @WithSession
    public Uni<ListingView> get(UUID id) {
        CurrentUser user = users.find().orElse(null);
        return readable(id, user).flatMap(listing -> view(listing, user));
    }

    @WithTransaction
    public Uni<ListingView> update(UUID id, Integer expectedVersion, ListingRequest request) {
        CurrentUser user = users.current();
        return editable(id, user).flatMap(listing -> {
            requireVersion(listing, expectedVersion);
            ListingRules.require(request.price(), request.location(), request.visibility(), request.publicFrom(),
                    request.expiresOn(), request.status(), listing.status);
            ListingStatus wanted = request.status() == null ? listing.status : request.status();
            BigDecimal before = listing.quantity;
            if (listing.stockLotId == null && request.quantity().compareTo(held(listing)) < 0) {
                throw new ProblemException(ProblemType.UNPROCESSABLE,
                        Message.of("detail.listing.reservationsHoldListingQuantity",
                                tidy(held(listing)).toPlainString(), listing.unit),
                                List.of(Problem.FieldError.of("quantity", FieldCode.BELOW_RESERVED,
                                "listing.quantity.belowReserved")));
            }
            return categories.all().flatMap(cats -> {
                requireCategory(cats, request.categoryId());
                boolean offersMore = listing.inventoryItemId != null && listing.stockLotId == null
                        && ListingStatus.ACTIVE.contains(wanted)
                        && (request.quantity().compareTo(before) > 0 || !ListingStatus.ACTIVE.contains(listing.status));
                Uni<Void> checked = offersMore
                        ? items.lockForListing(listing.inventoryItemId)
                        .flatMap(item -> requireItemHolds(item, listing.id, request.quantity()))
                        : Uni.createFrom().voidItem();
                return checked.map(v -> {
                    apply(listing, request);
                    setStatus(listing, wanted);
                    if (listing.stockLotId != null) {
                        listing.lotOfferLimit = request.quantity();
                    }
                    return listing;
                });
            });
        }).call(listings::flush).flatMap(listings::reload).flatMap(listing -> view(listing, user));
    }

    /** Withdraws a listing: it leaves the marketplace at once; its owner can publish it again. */
    @WithTransaction
    public Uni<ListingView> withdraw(UUID id, Integer expectedVersion) {
        CurrentUser user = users.current();
        return editable(id, user).map(listing -> {
            requireVersion(listing, expectedVersion);
            if (listing.status == ListingStatus.RESERVED || listing.status == ListingStatus.HANDED_OVER) {
                throw new ProblemException(ProblemType.CONFLICT,
                        Message.of("detail.listing.listingCannotWithdrawnReservation", listing.status));
            }
            if (listing.status != ListingStatus.WITHDRAWN) {
                listing.status = ListingStatus.WITHDRAWN;
                listing.updatedAt = now();
            }
            return listing;
        }).call(listings::flush).flatMap(listing -> view(listing, user));
    }

    /** The listings of the caller's organisation, newest change first. */
    @WithSession
    public Uni<Page<ListingView>> listOwn(ListingStatus status, String text, int page, int size) {
        CurrentUser user = users.current();
        StringBuilder where = new StringBuilder("organisationId = :org");
        Parameters params = Parameters.with("org", user.organisation().id());
        if (status != null) {
            where.append(" and status = :status");
            params.and("status", status);
        }
        if (text != null && !text.isBlank()) {
            where.append(" and (lower(title) like :text or lower(coalesce(material, '')) like :text)");
            params.and("text", "%" + text.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\")
                    .replace("%", "\\%").replace("_", "\\_") + "%");
        }
        return listings.count(where.toString(), params).flatMap(total -> listings
                .find(where.toString(), Sort.descending("updatedAt").and("id"), params).page(page, size).list()
                .flatMap(found -> views(found, user))
                .map(views -> new Page<>(views, page, size, total)));
    }

    /**
     * Publishes an inventory item as a listing of the caller's organisation: copies the item's data and photos
     * and keeps the link. The item is locked meanwhile, so listings of it never offer more than it holds.
     */
    @WithTransaction
    public Uni<ListingView> publishItem(UUID itemId, PublishItemRequest request) {
        CurrentUser user = users.current();
        requireMayList(user);
        ListingStatus status = request.status() == null ? ListingStatus.PUBLISHED : request.status();
        ListingRules.require(request.price(), null, request.visibility(), request.publicFrom(), request.expiresOn(),
                status, null);
        return items.lockForListing(itemId)
                .call(item -> requireItemHolds(item, null, request.quantity()))
                .flatMap(item -> {
                    Listing listing = newListing(user, item.id());
                    listing.categoryId = item.categoryId();
                    listing.title = request.title() == null || request.title().isBlank() ? item.name()
                            : request.title().strip();
                    listing.description = blankToNull(request.description());
                    listing.material = item.material();
                    listing.quantity = request.quantity();
                    listing.unit = ListingRequest.Unit.valueOf(item.unit());
                    listing.lengthMm = item.lengthMm();
                    listing.widthMm = item.widthMm();
                    listing.heightMm = item.heightMm();
                    listing.weightPerUnitKg = item.weightPerUnitKg();
                    listing.condition = item.condition();
                    listing.conditionNotes = item.damageNotes();
                    listing.priceKind = request.price().kind();
                    listing.priceSek = request.price().sek();
                    listing.streetAddress = item.streetAddress();
                    listing.postalCode = item.postalCode();
                    listing.city = item.city();
                    listing.latitude = item.latitude();
                    listing.longitude = item.longitude();
                    listing.pickupInstructions = blankToNull(request.pickupInstructions());
                    listing.availableFrom = item.availableFrom();
                    listing.visibility = request.visibility();
                    listing.publicFrom = request.publicFrom();
                    listing.expiresOn = request.expiresOn();
                    setStatus(listing, status);
                    return listings.persist(listing)
                            .call(saved -> photos.copyAll(InventoryItemService.PHOTO_OWNER_KIND, item.id(), ListingPhotos.OWNER_KIND,
                                    saved.id, user.organisation().id(), username(user)))
                            .call(saved -> items.markListed(item.id()));
                })
                .call(listings::flush)
                .flatMap(listing -> view(listing, user));
    }

    /**
     * Offers a stored lot (or part of it) as a listing of the site's organisation: it copies the lot and its
     * photos and lies at the site. What it offers follows the lot: at most the quantity asked, never more than the
     * lot has free (the database keeps it so after every movement and promise).
     */
    @WithTransaction
    public Uni<ListingView> publishLot(UUID lotId, PublishItemRequest request) {
        CurrentUser user = users.current();
        requireMayList(user);
        ListingStatus status = request.status() == null ? ListingStatus.PUBLISHED : request.status();
        ListingRules.require(request.price(), null, request.visibility(), request.publicFrom(), request.expiresOn(),
                status, null);
        return stock.lockForListing(lotId)
                .call(lot -> listings.lotOffered(lot.id()).map(offered -> {
                    if (offered) {
                        throw new ProblemException(ProblemType.CONFLICT,
                                Message.of("detail.listing.lotAlreadyOfferedListing", lot.code()));
                    }
                    if (request.quantity().compareTo(lot.free()) > 0) {
                        throw new ProblemException(ProblemType.UNPROCESSABLE,
                                Message.of("detail.listing.lotFree", lot.code(),
                                        lot.free().stripTrailingZeros().toPlainString(), lot.unit()),
                                List.of(Problem.FieldError.of("quantity", FieldCode.EXCEEDS_AVAILABLE, "listing.quantity.lotFree")));
                    }
                    return offered;
                }))
                .flatMap(lot -> {
                    Listing listing = newListing(user, lot.inventoryItemId());
                    listing.stockLotId = lot.id();
                    listing.storageSiteId = lot.siteId();
                    listing.lotOfferLimit = request.quantity();
                    listing.categoryId = lot.categoryId();
                    listing.title = request.title() == null || request.title().isBlank() ? lot.description()
                            : request.title().strip();
                    listing.description = blankToNull(request.description());
                    listing.material = lot.material();
                    listing.quantity = request.quantity();
                    listing.unit = ListingRequest.Unit.valueOf(lot.unit());
                    listing.weightPerUnitKg = lot.weightPerUnitKg();
                    listing.condition = lot.condition();
                    listing.conditionNotes = lot.conditionNotes();
                    listing.priceKind = request.price().kind();
                    listing.priceSek = request.price().sek();
                    listing.streetAddress = lot.streetAddress();
                    listing.postalCode = lot.postalCode();
                    listing.city = lot.city();
                    listing.latitude = lot.latitude();
                    listing.longitude = lot.longitude();
                    listing.pickupInstructions = request.pickupInstructions() == null
                            || request.pickupInstructions().isBlank()
                            ? lot.openingHours() == null ? null : lot.siteName() + ", " + lot.openingHours()
                            : request.pickupInstructions().strip();
                    listing.visibility = request.visibility();
                    listing.publicFrom = request.publicFrom();
                    listing.expiresOn = request.expiresOn();
                    setStatus(listing, status);
                    return listings.persist(listing)
                            .call(saved -> photos.copyAll(StockService.PHOTO_OWNER_KIND, lot.id(),
                                    ListingPhotos.OWNER_KIND, saved.id, user.organisation().id(), username(user)));
                })
                .call(listings::flush)
                .flatMap(listings::reload)
                .flatMap(listing -> view(listing, user));
    }

    /**
     * Checks that the caller may reserve the listing: visible to them, of another organisation, and reservable now.
     * Reserves nothing: {@link #hold} does, as late in the caller's transaction as it can, because the hold locks the
     * listing's row until the commit and every other reservation of the listing waits for it.
     */
    @WithSession
    public Uni<ListingHold> reservable(UUID listingId) {
        CurrentUser user = users.current();
        return readable(listingId, user).call(listing -> Panache.getSession().invoke(session -> session.detach(listing)))
                .map(listing -> {
            if (listing.organisationId.equals(user.organisation().id())) {
                throw new ProblemException(ProblemType.CONFLICT, Message.of("listing.ownOrganisation"));
            }
            if (listing.status != ListingStatus.PUBLISHED && listing.status != ListingStatus.RESERVED
                    || listing.expiresOn != null && listing.expiresOn.isBefore(Today.date())) {
                throw new ProblemException(ProblemType.CONFLICT, Message.of("listing.notReservable"));
            }
            return holdOf(listing);
        });
    }

    /**
     * Holds a quantity of a listing that {@link #reservable} let through, in the caller's transaction. The check and
     * the hold are one conditional statement, so no two reservations can together hold more than the listing offers;
     * answers the listing with its status after the hold.
     */
    public Uni<ListingHold> hold(ListingHold listing, BigDecimal quantity) {
        return Panache.getSession().flatMap(session -> session
                        .createNativeQuery("update listing set held = held + :q, version = version + 1,"
                                + " updated_at = now() where id = :id and status in ('PUBLISHED', 'RESERVED')"
                                + " and (expires_on is null or expires_on >= :today) and quantity - held >= :q"
                                + " returning status", String.class)
                        .setParameter("q", quantity).setParameter("id", listing.listingId())
                        .setParameter("today", Today.date()).getResultList())
                .flatMap(updated -> {
                    if (!updated.isEmpty()) {
                        return Uni.createFrom().item(new ListingHold(listing.listingId(), listing.title(),
                                listing.unit(), ListingStatus.valueOf(updated.get(0)), listing.sellerOrganisationId(),
                                listing.createdBy(), listing.stockLotId(), listing.storageSiteId(),
                                listing.inventoryItemId(), listing.categoryId(), listing.material(),
                                listing.weightPerUnitKg()));
                    }
                    return Panache.getSession().flatMap(session -> session
                            .createNativeQuery("select quantity - held from listing where id = :id", BigDecimal.class)
                            .setParameter("id", listing.listingId()).getSingleResult()
                            .map(left -> {
                                throw new ProblemException(ProblemType.CONFLICT,
                                        Message.of("detail.listing.listingReservedNow",
                                                tidy(left.max(BigDecimal.ZERO)).toPlainString(), listing.unit()));
                            }));
                });
    }

    /**
     * Locks a listing for a reservation's transaction, after its lot and item (docs/reservations.md#locks); a hold
     * or settlement that follows then waits for nobody.
     */
    public Uni<Void> lockForReservation(UUID listingId) {
        return listings.lockRow(listingId);
    }

    /** Releases what a reservation held (it was cancelled, rejected or expired), in the caller's transaction. */
    public Uni<ListingHold> release(UUID listingId, BigDecimal quantity) {
        return settle(listingId, quantity, BigDecimal.ZERO);
    }

    /**
     * Settles a handover: the reservation's hold ends, {@code taken} leaves with the buyer (a listing's own quantity
     * shrinks by it; a lot listing's follows the lot) and the item it came from, if any, is reused.
     */
    public Uni<ListingHold> handOver(UUID listingId, BigDecimal held, BigDecimal taken) {
        return settle(listingId, held, taken).call(hold -> hold.inventoryItemId() == null
                ? Uni.createFrom().voidItem() : items.markReused(hold.inventoryItemId()));
    }

    /** What a reservation needs to know of its listing; {@code sellerOrganisationId} decides who is the seller. */
    @WithSession
    public Uni<ListingHold> holdInfo(UUID listingId) {
        return listings.findById(listingId).onItem().ifNull().failWith(ListingAccess::notFound).map(ListingService::holdOf);
    }

    /** {@link #holdInfo} of many listings at once, for lists of reservations. */
    @WithSession
    public Uni<Map<UUID, ListingHold>> holdInfos(java.util.Collection<UUID> listingIds) {
        if (listingIds.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return listings.list("id in ?1", listingIds).map(found -> found.stream()
                .collect(java.util.stream.Collectors.toMap(l -> l.id, ListingService::holdOf)));
    }

    /** Whether the person may act as seller of the listing's reservations (its editors). */
    public boolean maySell(ListingHold listing, CurrentUser user) {
        return user != null && listing.sellerOrganisationId().equals(user.organisation().id())
                && ListingAccess.mayList(user);
    }

    private Uni<ListingHold> settle(UUID listingId, BigDecimal held, BigDecimal taken) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery(
                        "update listing set held = held - :held, handed_over = handed_over + :taken,"
                                + " quantity = case when stock_lot_id is null then quantity - :taken else quantity end,"
                                + " version = version + 1, updated_at = now() where id = :id")
                .setParameter("held", held).setParameter("taken", taken).setParameter("id", listingId)
                .executeUpdate()
                .flatMap(rows -> listings.findById(listingId))
                .flatMap(listing -> listings.reload(listing)))
                .map(ListingService::holdOf);
    }

    private static ListingHold holdOf(Listing l) {
        return new ListingHold(l.id, l.title, l.unit.name(), l.status, l.organisationId, l.createdBy, l.stockLotId,
                l.storageSiteId, l.inventoryItemId, l.categoryId, l.material, l.weightPerUnitKg);
    }

    /** Adds a photo; the image is processed outside any transaction (see {@link PhotoService#add}). */
    public Uni<PhotoView> addPhoto(UUID id, Path file, String filename) {
        CurrentUser user = users.current();
        return Panache.withSession(() -> editable(id, user))
                .flatMap(listing -> photos.add(ListingPhotos.OWNER_KIND, listing.id, user.organisation().id(),
                        username(user), file, filename));
    }

    @WithSession
    public Uni<List<PhotoView>> photos(UUID id) {
        CurrentUser user = users.find().orElse(null);
        return readable(id, user).flatMap(listing -> photos.list(ListingPhotos.OWNER_KIND, listing.id));
    }

    private Uni<Void> requireItemHolds(ItemSource item, UUID except, BigDecimal quantity) {
        return listings.offeredFromItem(item.id(), except).map(offered -> {
            BigDecimal left = item.quantity().subtract(offered);
            if (quantity.compareTo(left) > 0) {
                throw new ProblemException(ProblemType.UNPROCESSABLE,
                        Message.of("detail.listing.itemHoldsOtherListings",
                                        item.quantity().stripTrailingZeros().toPlainString(), item.unit(),
                                        offered.stripTrailingZeros().toPlainString(),
                                        left.max(BigDecimal.ZERO).stripTrailingZeros().toPlainString()),
                        List.of(Problem.FieldError.of("quantity", FieldCode.EXCEEDS_AVAILABLE, "listing.quantity.itemLeft")));
            }
            return null;
        });
    }

    private Uni<Listing> readable(UUID id, CurrentUser user) {
        return listings.findById(id).onItem().ifNull().failWith(ListingAccess::notFound)
                .flatMap(listing -> groupOf(listing).map(group -> {
                    if (!ListingAccess.canRead(listing, group, user)) {
                        throw ListingAccess.notFound();
                    }
                    return listing;
                }));
    }

    /** Refuses (404) anyone but the listing's editors: for what only they see, such as its history. */
    @WithSession
    public Uni<Void> requireEditable(UUID id) {
        return editable(id, users.current()).replaceWithVoid();
    }

    private Uni<Listing> editable(UUID id, CurrentUser user) {
        return listings.findById(id).onItem().ifNull().failWith(ListingAccess::notFound)
                .flatMap(listing -> groupOf(listing)
                        .map(group -> ListingAccess.requireEditable(listing, group, user)));
    }

    private Uni<String> groupOf(Listing listing) {
        return organisations.findByIds(Set.of(listing.organisationId))
                .map(found -> found.containsKey(listing.organisationId) ? found.get(listing.organisationId).group() : null);
    }

    private Uni<ListingView> view(Listing listing, CurrentUser user) {
        return views(List.of(listing), user).map(list -> list.get(0));
    }

    private Uni<List<ListingView>> views(List<Listing> found, CurrentUser user) {
        Set<UUID> orgIds = new HashSet<>();
        List<UUID> ids = found.stream().map(l -> l.id).toList();
        found.forEach(l -> orgIds.add(l.organisationId));
        return categories.all().flatMap(cats -> organisations.findByIds(orgIds)
                .flatMap(orgs -> photos.countByOwner(ListingPhotos.OWNER_KIND, ids)
                        .flatMap(counts -> photos.covers(ListingPhotos.OWNER_KIND, ids)
                                .map(covers -> found.stream().map(l -> toView(l, cats.get(l.categoryId),
                                        orgs.get(l.organisationId), counts.getOrDefault(l.id, 0L), covers.get(l.id),
                                        user)).toList()))));
    }

    private static ListingView toView(Listing l, CategoryView category, OrganisationView organisation,
                                      long photoCount, PhotoView cover, CurrentUser user) {
        return new ListingView(l.id,
                organisation == null ? null : new ListingView.OrganisationRef(organisation.id(), organisation.code(),
                        organisation.name()),
                l.inventoryItemId, l.storageSiteId, l.stockLotId,
                category == null ? null : new ListingView.CategoryRef(category.id(), category.code(),
                        category.nameSv(), category.nameEn()),
                l.title, l.description, l.material, tidy(l.quantity), tidy(held(l)),
                tidy(l.quantity.subtract(held(l)).max(BigDecimal.ZERO)), l.unit,
                new ListingRequest.Dimensions(l.lengthMm, l.widthMm, l.heightMm), l.weightPerUnitKg, l.condition,
                l.conditionNotes, new ListingRequest.Price(l.priceKind, l.priceSek),
                new ListingRequest.Location(l.streetAddress, l.postalCode, l.city, l.latitude, l.longitude),
                l.pickupInstructions, l.availableFrom, l.visibility, l.publicFrom, l.isPublicOn(Today.date()),
                l.status, l.publishedAt, l.expiresOn, photoCount, cover == null ? null : cover.thumbnailUrl(),
                ListingAccess.editableNow(l, user), l.version, l.createdAt, l.updatedAt);
    }

    private static BigDecimal held(Listing listing) {
        return listing.held == null ? BigDecimal.ZERO : listing.held;
    }

    private static BigDecimal tidy(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static Listing newListing(CurrentUser user, UUID itemId) {
        Listing listing = new Listing();
        listing.id = UUID.randomUUID();
        listing.organisationId = user.organisation().id();
        listing.inventoryItemId = itemId;
        listing.createdBy = username(user);
        listing.createdAt = now();
        listing.updatedAt = listing.createdAt;
        return listing;
    }

    private static void apply(Listing listing, ListingRequest r) {
        listing.categoryId = r.categoryId();
        listing.title = r.title().strip();
        listing.description = blankToNull(r.description());
        listing.material = blankToNull(r.material());
        listing.quantity = r.quantity();
        listing.unit = r.unit();
        listing.lengthMm = r.dimensions() == null ? null : r.dimensions().lengthMm();
        listing.widthMm = r.dimensions() == null ? null : r.dimensions().widthMm();
        listing.heightMm = r.dimensions() == null ? null : r.dimensions().heightMm();
        listing.weightPerUnitKg = r.weightPerUnitKg();
        listing.condition = r.condition();
        listing.conditionNotes = blankToNull(r.conditionNotes());
        listing.priceKind = r.price().kind();
        listing.priceSek = r.price().sek();
        ListingRequest.Location at = r.location();
        listing.streetAddress = at == null ? null : blankToNull(at.streetAddress());
        listing.postalCode = at == null ? null : blankToNull(at.postalCode());
        listing.city = at == null ? null : blankToNull(at.city());
        listing.latitude = at == null ? null : at.latitude();
        listing.longitude = at == null ? null : at.longitude();
        listing.pickupInstructions = blankToNull(r.pickupInstructions());
        listing.availableFrom = r.availableFrom();
        listing.visibility = r.visibility();
        listing.publicFrom = r.publicFrom();
        listing.expiresOn = r.expiresOn();
        listing.updatedAt = now();
    }

    /** Publishing (again) stamps the time the listing went out; it is what "newest" sorts by. */
    private static void setStatus(Listing listing, ListingStatus wanted) {
        if (wanted == ListingStatus.PUBLISHED && listing.status != ListingStatus.PUBLISHED) {
            listing.publishedAt = now();
        }
        listing.status = wanted;
    }

    private static void requireCategory(Map<UUID, CategoryView> cats, UUID categoryId) {
        if (!cats.containsKey(categoryId)) {
            throw new ProblemException(ProblemType.UNPROCESSABLE, Message.of("detail.category.unknown"),
                    List.of(Problem.FieldError.of("categoryId", FieldCode.UNKNOWN_REFERENCE, "field.category.unknown")));
        }
    }

    private static void requireMayList(CurrentUser user) {
        if (!ListingAccess.mayList(user)) {
            throw new ProblemException(ProblemType.FORBIDDEN,
                    Message.of("detail.listing.contractorsPropertyUnitUsers"));
        }
    }

    private static void requireVersion(Listing listing, Integer expected) {
        if (expected != null && expected != listing.version) {
            throw new ProblemException(ProblemType.PRECONDITION_FAILED,
                    Message.of("detail.listing.listingChangedSinceRead", listing.version, expected));
        }
    }

    private static String username(CurrentUser user) {
        return user.username() == null ? user.subject() : user.username();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
