package se.kretslopp.inventory;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.panache.common.Parameters;
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
import se.kretslopp.identity.CurrentUserService;
import se.kretslopp.identity.api.CurrentUser;
import se.kretslopp.inventory.api.HazardRisk;
import se.kretslopp.inventory.api.ItemRequest;
import se.kretslopp.inventory.api.ItemSource;
import se.kretslopp.inventory.api.ItemView;
import se.kretslopp.outcome.OutcomeService;
import se.kretslopp.outcome.api.ClosedItem;
import se.kretslopp.outcome.api.OutcomeDecision;
import se.kretslopp.photo.PhotoService;
import se.kretslopp.photo.api.PhotoView;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** The items of a building's reuse inventory. */
@ApplicationScoped
public class InventoryItemService {

    /** The owner kind of item photos, for features that copy them (a listing published from an item). */
    public static final String PHOTO_OWNER_KIND = InventoryItemPhotos.OWNER_KIND;

    private final InventoryItemRepository items;
    private final BuildingRepository buildings;
    private final CategoryService categories;
    private final CurrentUserService users;
    private final PhotoService photos;
    private final OutcomeService outcomes;

    InventoryItemService(InventoryItemRepository items, BuildingRepository buildings, CategoryService categories,
                         CurrentUserService users, PhotoService photos, OutcomeService outcomes) {
        this.items = items;
        this.buildings = buildings;
        this.categories = categories;
        this.users = users;
        this.photos = photos;
        this.outcomes = outcomes;
    }

    @WithSession
    Uni<Page<ItemView>> list(UUID buildingId, ItemQuery query, int page, int size) {
        CurrentUser user = users.current();
        return buildings.findById(buildingId).map(b -> BuildingAccess.requireReadable(b, user))
                .flatMap(building -> categories.all().flatMap(cats -> {
                    StringBuilder where = new StringBuilder("i.buildingId = :building");
                    Parameters params = Parameters.with("building", buildingId);
                    if (query.text() != null && !query.text().isBlank()) {
                        where.append(" and (lower(i.name) like :text or lower(coalesce(i.material, '')) like :text"
                                + " or lower(coalesce(i.room, '')) like :text or lower(coalesce(i.manufacturer, '')) like :text)");
                        params.and("text", "%" + escapeLike(query.text().trim().toLowerCase(Locale.ROOT)) + "%");
                    }
                    if (query.categoryId() != null) {
                        // a top-level category includes its sub-categories
                        List<UUID> within = cats.values().stream()
                                .filter(c -> c.id().equals(query.categoryId()) || query.categoryId().equals(c.parentId()))
                                .map(CategoryView::id).toList();
                        where.append(" and i.categoryId in :categories");
                        params.and("categories", within.isEmpty() ? List.of(query.categoryId()) : within);
                    }
                    if (query.status() != null) {
                        where.append(" and i.status = :status");
                        params.and("status", query.status());
                    }
                    if (query.fate() != null) {
                        where.append(" and i.fate = :fate");
                        params.and("fate", query.fate());
                    }
                    String direction = query.descending() ? " desc" : " asc";
                    String order;
                    Map<String, Object> listParams = new java.util.HashMap<>(params.map());
                    if (query.sort() == ItemQuery.Sort.category) {
                        // the category order as one string of ids: the position of an item's id in it sorts it
                        listParams.put("categoryOrder", cats.values().stream()
                                .sorted((x, y) -> x.nameSv().compareToIgnoreCase(y.nameSv()))
                                .map(c -> c.id().toString()).collect(Collectors.joining(",")));
                        order = "locate(str(i.categoryId), :categoryOrder)" + direction;
                    } else {
                        order = query.sort().column + direction;
                    }
                    String hql = "from InventoryItem i where " + where + " order by " + order + ", i.name, i.id";
                    return items.count("from InventoryItem i where " + where, params)
                            .flatMap(total -> items.find(hql, listParams).page(page, size).list()
                                    .flatMap(found -> views(found, building, cats))
                                    .map(views -> new Page<>(views, page, size, total)));
                }));
    }

    @WithSession
    public Uni<ItemView> get(UUID id) {
        CurrentUser user = users.current();
        return items.findById(id).onItem().ifNull().failWith(BuildingAccess::notFound)
                .flatMap(item -> buildings.findById(item.buildingId).map(b -> BuildingAccess.requireReadable(b, user))
                        .flatMap(b -> categories.all().flatMap(cats -> views(List.of(item), b, cats))))
                .map(list -> list.get(0));
    }

    @WithTransaction
    public Uni<ItemView> create(UUID buildingId, ItemRequest request) {
        CurrentUser user = users.current();
        return buildings.findById(buildingId).map(b -> BuildingAccess.requireWritable(b, user))
                .flatMap(building -> categories.all().flatMap(cats -> {
                    InventoryItem item = newItem(building, request, cats);
                    return items.persist(item).flatMap(saved -> views(List.of(saved), building, cats));
                }))
                .map(list -> list.get(0));
    }

    /** All or nothing: every request is checked before any is saved. */
    @WithTransaction
    Uni<Integer> createAll(UUID buildingId, List<ItemRequest> requests) {
        CurrentUser user = users.current();
        return buildings.findById(buildingId).map(b -> BuildingAccess.requireWritable(b, user))
                .flatMap(building -> categories.all().flatMap(cats -> {
                    List<InventoryItem> created = requests.stream().map(r -> newItem(building, r, cats)).toList();
                    return items.persist(created).replaceWith(created.size());
                }));
    }

    @WithTransaction
    public Uni<ItemView> update(UUID id, Integer expectedVersion, ItemRequest request) {
        CurrentUser user = users.current();
        return items.findById(id).onItem().ifNull().failWith(BuildingAccess::notFound)
                .flatMap(item -> buildings.findById(item.buildingId).map(b -> BuildingAccess.requireWritable(b, user))
                        .flatMap(building -> categories.all().flatMap(cats -> {
                            BuildingService.requireVersion(item.version, expectedVersion);
                            ItemRules.require(request, building.hazardRisk(), item.status);
                            OutcomeDecision closing = ItemRules.closing(request, item.status);
                            apply(item, request, cats);
                            return items.flush()
                                    .call(v -> closing == null ? Uni.createFrom().voidItem()
                                            : outcomes.recordItemClosed(new ClosedItem(item.id, closing,
                                            building.organisationId, item.categoryId, item.material, item.name,
                                            item.unit.name(), item.weightPerUnitKg, se.kretslopp.common.Today.date())))
                                    .flatMap(v -> views(List.of(item), building, cats));
                        })))
                .map(list -> list.get(0));
    }

    @WithTransaction
    public Uni<Void> delete(UUID id, Integer expectedVersion) {
        CurrentUser user = users.current();
        return items.findById(id).onItem().ifNull().failWith(BuildingAccess::notFound)
                .flatMap(item -> buildings.findById(item.buildingId).map(b -> BuildingAccess.requireWritable(b, user))
                        .invoke(b -> BuildingService.requireVersion(item.version, expectedVersion))
                        .flatMap(b -> photos.deleteAllOf(InventoryItemPhotos.OWNER_KIND, item.id))
                        .flatMap(v -> items.delete(item)));
    }

    /**
     * Adds a photo to an item. The image is decoded and re-encoded outside any transaction (the photo service opens
     * its own), so no database connection waits for it.
     */
    public Uni<PhotoView> addPhoto(UUID itemId, Path file, String filename) {
        CurrentUser user = users.current();
        return Panache.withSession(() -> items.findById(itemId).onItem().ifNull().failWith(BuildingAccess::notFound)
                        .flatMap(item -> buildings.findById(item.buildingId)
                                .map(b -> BuildingAccess.requireWritable(b, user))
                                .replaceWith(item)))
                .flatMap(item -> photos.add(InventoryItemPhotos.OWNER_KIND, item.id, user.organisation().id(),
                        user.username() == null ? user.subject() : user.username(), file, filename));
    }

    @WithSession
    public Uni<List<PhotoView>> photos(UUID itemId) {
        CurrentUser user = users.current();
        return items.findById(itemId).onItem().ifNull().failWith(BuildingAccess::notFound)
                .flatMap(item -> buildings.findById(item.buildingId).map(b -> BuildingAccess.requireReadable(b, user))
                        .flatMap(b -> photos.list(InventoryItemPhotos.OWNER_KIND, item.id)));
    }

    /**
     * An item to publish as a listing, locked for the rest of the caller's transaction so that two listings made
     * at once cannot together offer more than it holds. Whoever may read the building may publish its items
     * (the owner, and the contractors who dismantle it); only items meant for reuse can be listed.
     */
    @WithTransaction
    public Uni<ItemSource> lockForListing(UUID itemId) {
        CurrentUser user = users.current();
        return items.findById(itemId, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
                .onItem().ifNull().failWith(BuildingAccess::notFound)
                .flatMap(item -> buildings.findById(item.buildingId).map(b -> BuildingAccess.requireReadable(b, user))
                        .map(building -> {
                            if (item.fate != ItemRequest.Fate.REUSE) {
                                throw new ProblemException(ProblemType.CONFLICT,
                                        Message.of("detail.inventory.itemsMeantReuseListed", item.fate));
                            }
                            if (item.status == ItemRequest.Status.REUSED || item.status == ItemRequest.Status.DISCARDED) {
                                throw new ProblemException(ProblemType.CONFLICT,
                                        Message.of("detail.inventory.itemAlready",
                                                        item.status.name().toLowerCase(Locale.ROOT)));
                            }
                            LocalDate available = item.availableFrom != null ? item.availableFrom
                                    : building.dismantlingFrom != null && building.dismantlingFrom.isAfter(LocalDate.now())
                                    ? building.dismantlingFrom : null;
                            return source(item, building, available);
                        }));
    }

    /**
     * An item delivered to intermediate storage, locked for the rest of the caller's transaction so that two
     * intakes at once cannot together store more than it holds. Whoever may read the building may deliver its
     * items; hazardous waste and items found to contain hazardous substances do not go to a reuse store.
     */
    @WithTransaction
    public Uni<ItemSource> lockForStorage(UUID itemId) {
        CurrentUser user = users.current();
        return items.findById(itemId, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
                .onItem().ifNull().failWith(BuildingAccess::notFound)
                .flatMap(item -> buildings.findById(item.buildingId).map(b -> BuildingAccess.requireReadable(b, user))
                        .map(building -> {
                            if (item.fate == ItemRequest.Fate.HAZARDOUS_WASTE
                                    || item.hazardCheck == ItemRequest.HazardCheck.CONTAINS) {
                                throw new ProblemException(ProblemType.CONFLICT,
                                        Message.of("detail.inventory.itemHazardousGoesHazardous"));
                            }
                            if (item.status == ItemRequest.Status.REUSED || item.status == ItemRequest.Status.DISCARDED) {
                                throw new ProblemException(ProblemType.CONFLICT,
                                        Message.of("detail.inventory.itemAlready",
                                                        item.status.name().toLowerCase(Locale.ROOT)));
                            }
                            return source(item, building, item.availableFrom);
                        }));
    }

    /** Marks an item as being in intermediate storage once an intake received it (in the caller's transaction). */
    @WithTransaction
    public Uni<Void> markInStorage(UUID itemId) {
        return items.findById(itemId).invoke(item -> {
            if (item != null && item.status != ItemRequest.Status.IN_STORAGE && item.status != ItemRequest.Status.REUSED
                    && item.status != ItemRequest.Status.DISCARDED) {
                item.status = ItemRequest.Status.IN_STORAGE;
                item.updatedAt = OffsetDateTime.now();
            }
        }).replaceWithVoid();
    }

    /** What a listing or an intake copies of an item and its building. */
    private static ItemSource source(InventoryItem item, Building building, LocalDate availableFrom) {
        String damage = java.util.stream.Stream.of(item.functionalDamage, item.aestheticDamage)
                .filter(java.util.Objects::nonNull).collect(Collectors.joining(" "));
        return new ItemSource(item.id, building.id, building.name, building.organisationId, item.categoryId,
                item.name, item.material, item.quantity, item.unit.name(), item.lengthMm, item.widthMm, item.heightMm,
                item.weightPerUnitKg, item.condition, damage.isBlank() ? null : damage, availableFrom,
                building.streetAddress, building.postalCode, building.city, building.latitude, building.longitude);
    }

    /**
     * Locks an item for a handover's transaction, before the lot and the listing it went into
     * (docs/reservations.md#locks), so that marking it reused at the end waits for nobody.
     */
    public Uni<Void> lockForHandover(UUID itemId) {
        return items.lockRow(itemId);
    }

    /** Marks an item as reused once (some of) it has been handed over to a new use (in the caller's transaction). */
    @WithTransaction
    public Uni<Void> markReused(UUID itemId) {
        return items.findById(itemId).invoke(item -> {
            if (item != null && item.status != ItemRequest.Status.REUSED) {
                item.status = ItemRequest.Status.REUSED;
                item.updatedAt = OffsetDateTime.now();
            }
        }).replaceWithVoid();
    }

    /** Marks an item as listed once a listing offers it (in the caller's transaction). */
    @WithTransaction
    public Uni<Void> markListed(UUID itemId) {
        return items.findById(itemId).invoke(item -> {
            if (item != null && item.status != ItemRequest.Status.LISTED && item.status != ItemRequest.Status.REUSED
                    && item.status != ItemRequest.Status.DISCARDED) {
                item.status = ItemRequest.Status.LISTED;
                item.updatedAt = OffsetDateTime.now();
            }
        }).replaceWithVoid();
    }

    /** Every item of a readable building, for the export. */
    @WithSession
    public Uni<List<ItemView>> allOf(UUID buildingId) {
        CurrentUser user = users.current();
        return buildings.findById(buildingId).map(b -> BuildingAccess.requireReadable(b, user))
                .flatMap(building -> categories.all().flatMap(cats -> items.allOf(buildingId)
                        .flatMap(found -> views(found, building, cats))));
    }

    private InventoryItem newItem(Building building, ItemRequest request, Map<UUID, CategoryView> cats) {
        ItemRules.require(request, building.hazardRisk(), null);
        InventoryItem item = new InventoryItem();
        item.id = UUID.randomUUID();
        item.buildingId = building.id;
        item.createdAt = OffsetDateTime.now();
        apply(item, request, cats);
        return item;
    }

    private static void apply(InventoryItem item, ItemRequest r, Map<UUID, CategoryView> cats) {
        if (!cats.containsKey(r.categoryId())) {
            throw new ProblemException(ProblemType.UNPROCESSABLE, Message.of("detail.category.unknown"),
                    List.of(Problem.FieldError.of("categoryId", FieldCode.UNKNOWN_REFERENCE, "field.category.unknown")));
        }
        item.categoryId = r.categoryId();
        item.name = r.name().trim();
        item.material = BuildingService.blankToNull(r.material());
        item.quantity = r.quantity();
        item.unit = r.unit();
        item.lengthMm = r.dimensions() == null ? null : r.dimensions().lengthMm();
        item.widthMm = r.dimensions() == null ? null : r.dimensions().widthMm();
        item.heightMm = r.dimensions() == null ? null : r.dimensions().heightMm();
        item.weightPerUnitKg = r.weightPerUnitKg();
        item.manufacturer = BuildingService.blankToNull(r.manufacturer());
        item.productName = BuildingService.blankToNull(r.productName());
        item.productionYear = r.year();
        item.condition = r.condition();
        item.functionalDamage = BuildingService.blankToNull(r.functionalDamage());
        item.aestheticDamage = BuildingService.blankToNull(r.aestheticDamage());
        item.floor = r.location() == null ? null : BuildingService.blankToNull(r.location().floor());
        item.room = r.location() == null ? null : BuildingService.blankToNull(r.location().room());
        item.locationNotes = r.location() == null ? null : BuildingService.blankToNull(r.location().notes());
        item.dismantlingMethod = r.dismantling() == null ? null : BuildingService.blankToNull(r.dismantling().method());
        item.dismantlingNotes = r.dismantling() == null ? null : BuildingService.blankToNull(r.dismantling().notes());
        item.availableFrom = r.availableFrom();
        item.fate = r.fate();
        item.hazardCheck = r.hazard() == null ? ItemRequest.HazardCheck.NOT_CHECKED : r.hazard().check();
        item.hazardSubstances = r.hazard() == null || r.hazard().substances() == null ? new String[0]
                : r.hazard().substances().stream().distinct().sorted().map(Enum::name).toArray(String[]::new);
        if (r.status() != null) {
            item.status = r.status();
        } else if (item.status == null) {
            item.status = ItemRequest.Status.INVENTORIED;
        }
        item.updatedAt = OffsetDateTime.now();
    }

    private Uni<List<ItemView>> views(List<InventoryItem> found, Building building, Map<UUID, CategoryView> cats) {
        HazardRisk risk = building.hazardRisk();
        List<UUID> ids = found.stream().map(i -> i.id).toList();
        return photos.countByOwner(InventoryItemPhotos.OWNER_KIND, ids)
                .flatMap(counts -> outcomes.ofItems(ids).map(left -> found.stream()
                        .map(i -> toView(i, risk, cats.get(i.categoryId), counts.getOrDefault(i.id, 0L),
                                left.getOrDefault(i.id, List.of()))).toList()));
    }

    static ItemView toView(InventoryItem i, HazardRisk risk, CategoryView category, long photoCount,
                           List<se.kretslopp.outcome.api.OutcomeView> outcomes) {
        return new ItemView(i.id, i.buildingId,
                category == null ? null : new ItemView.CategoryRef(category.id(), category.code(), category.nameSv(),
                        category.nameEn()),
                i.name, i.material, i.quantity, i.unit,
                new ItemRequest.Dimensions(i.lengthMm, i.widthMm, i.heightMm), i.weightPerUnitKg, i.manufacturer,
                i.productName, i.productionYear, i.condition, i.functionalDamage, i.aestheticDamage,
                new ItemRequest.Location(i.floor, i.room, i.locationNotes),
                new ItemRequest.Dismantling(i.dismantlingMethod, i.dismantlingNotes), i.availableFrom, i.fate,
                new ItemRequest.Hazard(i.hazardCheck, Arrays.stream(i.hazardSubstances)
                        .map(ItemRequest.Substance::valueOf).toList()),
                i.status, risk, photoCount, i.version, i.createdAt, i.updatedAt, outcomes);
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
