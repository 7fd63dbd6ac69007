package se.kretslopp.storage;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import org.eclipse.microprofile.config.inject.ConfigProperty;
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
import se.kretslopp.organisation.OrganisationService;
import se.kretslopp.outcome.OutcomeService;
import se.kretslopp.outcome.api.MovementOutcome;
import se.kretslopp.outcome.api.OutcomeDecision;
import se.kretslopp.outcome.api.OutcomeEvent;
import se.kretslopp.outcome.api.OutcomeRules;
import se.kretslopp.outcome.api.OutcomeView;
import se.kretslopp.organisation.api.OrganisationView;
import se.kretslopp.photo.PhotoService;
import se.kretslopp.photo.api.PhotoView;
import se.kretslopp.storage.api.IntakeRequest;
import se.kretslopp.storage.api.IntakeView;
import se.kretslopp.storage.api.LocationView;
import se.kretslopp.storage.api.LotSource;
import se.kretslopp.storage.api.LotSummary;
import se.kretslopp.storage.api.LotView;
import se.kretslopp.storage.api.MoveRequest;
import se.kretslopp.storage.api.MovementView;
import se.kretslopp.storage.api.MovementView.Kind;
import se.kretslopp.storage.api.SiteView;
import se.kretslopp.storage.api.StocktakeRequest;
import se.kretslopp.storage.api.StocktakeResult;
import se.kretslopp.storage.api.TakeOutRequest;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Stock lots and the ledger that moves them. Every change of a quantity is one appended {@code stock_movement};
 * the database applies it to the balances in the same statement and refuses what would make a quantity negative
 * or promise more than is there. Every change locks the lot first, so the checks here (which give the clear
 * answers) see the same state the database then writes to; the constraints are the last line.
 */
@ApplicationScoped
public class StockService {

    public static final String PHOTO_OWNER_KIND = "stock-lot";

    private final SiteRepository sites;
    private final LocationRepository locations;
    private final IntakeRepository intakes;
    private final LotRepository lots;
    private final MovementRepository movements;
    private final CategoryService categories;
    private final OrganisationService organisations;
    private final CurrentUserService users;
    private final InventoryItemService items;
    private final PhotoService photos;
    private final OutcomeService outcomes;
    private final String publicUrl;

    StockService(SiteRepository sites, LocationRepository locations, IntakeRepository intakes, LotRepository lots,
                 MovementRepository movements, CategoryService categories, OrganisationService organisations,
                 CurrentUserService users, InventoryItemService items, PhotoService photos, OutcomeService outcomes,
                 @ConfigProperty(name = "kretslopp.public-url") String publicUrl) {
        this.sites = sites;
        this.locations = locations;
        this.intakes = intakes;
        this.lots = lots;
        this.movements = movements;
        this.categories = categories;
        this.organisations = organisations;
        this.users = users;
        this.items = items;
        this.photos = photos;
        this.outcomes = outcomes;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    // ---- intake -------------------------------------------------------------------------------------------------

    /**
     * Receives a delivery: one lot per line, each put in a location of the site with an INTAKE movement. Lots from
     * an inventory item mark the item as in storage; the item is locked, so intakes never store more than it holds.
     */
    @WithTransaction
    public Uni<IntakeView> intake(IntakeRequest request) {
        CurrentUser user = users.current();
        return sites.findById(request.siteId()).flatMap(site -> {
            if (!StorageAccess.mayDeliver(site, user)) {
                throw new ProblemException(ProblemType.UNPROCESSABLE, Message.of("notFound.storageSiteToDeliver"),
                        List.of(Problem.FieldError.of("siteId", FieldCode.UNKNOWN_REFERENCE, "storage.site.noDelivery")));
            }
            UUID deliveredByOrg = StorageAccess.manages(site, user)
                    ? request.deliveredBy() == null ? null : request.deliveredBy().organisationId()
                    : user.organisation().id();
            return locations.ofSite(site.id).flatMap(siteLocations -> categories.all().flatMap(cats ->
                    organisations.findByIds(deliveredByOrg == null ? Set.of() : Set.of(deliveredByOrg)).flatMap(orgs -> {
                        if (deliveredByOrg != null && !orgs.containsKey(deliveredByOrg)) {
                            throw invalid("deliveredBy.organisationId", FieldCode.UNKNOWN_REFERENCE,
                                    "field.organisation.unknown");
                        }
                        Map<UUID, StorageLocation> byId = siteLocations.stream()
                                .collect(Collectors.toMap(l -> l.id, Function.identity()));
                        for (int i = 0; i < request.lots().size(); i++) {
                            IntakeRequest.Lot lot = request.lots().get(i);
                            if (!byId.containsKey(lot.locationId())) {
                                throw invalid("lots[" + i + "].locationId", FieldCode.UNKNOWN_REFERENCE,
                                        "storage.location.notOfSite");
                            }
                            if (!cats.containsKey(lot.categoryId())) {
                                throw invalid("lots[" + i + "].categoryId", FieldCode.UNKNOWN_REFERENCE,
                                        "field.category.unknown");
                            }
                            LotSource.Kind kind = lot.source() == null ? LotSource.Kind.DELIVERY : lot.source().kind();
                            UUID itemId = lot.source() == null ? null : lot.source().inventoryItemId();
                            if ((kind == LotSource.Kind.INVENTORY_ITEM) != (itemId != null)) {
                                throw invalid("lots[" + i + "].source.inventoryItemId", kind == LotSource.Kind.INVENTORY_ITEM
                                        ? FieldCode.REQUIRED_TOGETHER : FieldCode.NOT_APPLICABLE,
                                        kind == LotSource.Kind.INVENTORY_ITEM ? "storage.source.itemRequired"
                                        : "storage.source.itemOnly");
                            }
                        }
                        return lockItems(request).flatMap(sources -> receive(site, request, deliveredByOrg, sources,
                                user));
                    })));
        });
    }

    /** Locks the inventory items the intake names, one at a time in id order, and checks what they have left. */
    private Uni<Map<UUID, ItemSource>> lockItems(IntakeRequest request) {
        Map<UUID, BigDecimal> wanted = new HashMap<>();
        Map<UUID, Integer> firstLine = new HashMap<>();
        for (int i = 0; i < request.lots().size(); i++) {
            IntakeRequest.Lot lot = request.lots().get(i);
            if (lot.source() != null && lot.source().inventoryItemId() != null) {
                wanted.merge(lot.source().inventoryItemId(), lot.quantity(), BigDecimal::add);
                firstLine.putIfAbsent(lot.source().inventoryItemId(), i);
            }
        }
        Uni<Map<UUID, ItemSource>> chain = Uni.createFrom().item(new HashMap<>());
        for (UUID itemId : new TreeSet<>(wanted.keySet())) {
            chain = chain.flatMap(found -> items.lockForStorage(itemId)
                    .onFailure(ProblemException.class).transform(e -> ((ProblemException) e).problem().status() == 404
                            ? invalid("lots[" + firstLine.get(itemId) + "].source.inventoryItemId",
                            FieldCode.UNKNOWN_REFERENCE, "storage.source.itemUnknown") : e)
                    .flatMap(item -> lots.receivedFromItem(itemId).map(received -> {
                        int line = firstLine.get(itemId);
                        if (!item.unit().equals(request.lots().get(line).unit().name())) {
                            throw invalid("lots[" + line + "].unit", FieldCode.INVALID_ENUM, "storage.unit.item", item.unit());
                        }
                        BigDecimal left = item.quantity().subtract(received);
                        if (wanted.get(itemId).compareTo(left) > 0) {
                            throw new ProblemException(ProblemType.UNPROCESSABLE,
                                    Message.of("detail.storage.itemHoldsAlreadyReceived", plain(item.quantity()),
                                            item.unit(), plain(received), plain(left.max(BigDecimal.ZERO))),
                                            List.of(Problem.FieldError.of("lots[" + line + "].quantity",
                                    FieldCode.EXCEEDS_AVAILABLE, "storage.quantity.itemLeft")));
                        }
                        found.put(itemId, item);
                        return found;
                    })));
        }
        return chain;
    }

    private Uni<IntakeView> receive(StorageSite site, IntakeRequest request, UUID deliveredByOrg,
                                    Map<UUID, ItemSource> sources, CurrentUser user) {
        OffsetDateTime receivedAt = SiteService.now();
        StockIntake intake = new StockIntake();
        intake.id = UUID.randomUUID();
        intake.siteId = site.id;
        intake.deliveredAt = request.deliveredAt() == null ? receivedAt : request.deliveredAt();
        intake.deliveredByOrganisationId = deliveredByOrg;
        intake.deliveredByName = request.deliveredBy() == null ? null : SiteService.blankToNull(request.deliveredBy().name());
        intake.note = SiteService.blankToNull(request.note());
        intake.receivedBy = username(user);
        intake.receivedByOrganisationId = user.organisation().id();
        intake.createdAt = receivedAt;
        List<StockLot> created = new ArrayList<>();
        Uni<Void> chain = intakes.persist(intake).replaceWithVoid();
        for (IntakeRequest.Lot line : request.lots()) {
            chain = chain.flatMap(v -> newCode()).flatMap(code -> {
                StockLot lot = new StockLot();
                lot.id = UUID.randomUUID();
                lot.code = code;
                lot.siteId = site.id;
                lot.intakeId = intake.id;
                lot.categoryId = line.categoryId();
                lot.description = line.description().strip();
                lot.material = SiteService.blankToNull(line.material());
                lot.unit = line.unit().name();
                lot.condition = line.condition();
                lot.conditionNotes = SiteService.blankToNull(line.conditionNotes());
                lot.weightPerUnitKg = line.weightPerUnitKg();
                ItemSource item = line.source() == null || line.source().inventoryItemId() == null ? null
                        : sources.get(line.source().inventoryItemId());
                lot.sourceKind = item == null ? LotSource.Kind.DELIVERY : LotSource.Kind.INVENTORY_ITEM;
                lot.buildingId = item == null ? null : item.buildingId();
                lot.buildingName = item == null ? null : item.buildingName();
                lot.inventoryItemId = item == null ? null : item.id();
                lot.receivedQuantity = line.quantity();
                lot.palletsPerUnit = perUnit(line.palletPlaces(), line.quantity());
                lot.floorM2PerUnit = perUnit(line.floorAreaM2(), line.quantity());
                lot.receivedAt = receivedAt;
                lot.createdAt = receivedAt;
                created.add(lot);
                return lots.persist(lot).call(lots::flush).replaceWithVoid();
            });
        }
        return chain.flatMap(v -> {
            Uni<Void> writes = Uni.createFrom().voidItem();
            for (int i = 0; i < created.size(); i++) {
                StockLot lot = created.get(i);
                IntakeRequest.Lot line = request.lots().get(i);
                writes = writes.flatMap(x -> append(lot, Kind.INTAKE, line.quantity(), null, line.locationId(),
                        null, "intake:" + intake.id, user));
            }
            for (UUID itemId : sources.keySet()) {
                writes = writes.call(x -> items.markInStorage(itemId));
            }
            return writes;
        }).call(v -> lots.flush())
                .flatMap(v -> reloadAll(created))
                .flatMap(reloaded -> views(reloaded, user))
                .flatMap(views -> organisations.findByIds(deliveredByOrg == null ? Set.of() : Set.of(deliveredByOrg))
                        .map(orgs -> new IntakeView(intake.id, site.id, intake.deliveredAt,
                                new LotView.DeliveredBy(SiteService.ref(orgs, deliveredByOrg), intake.deliveredByName),
                                intake.note, intake.receivedBy, views)));
    }

    private Uni<String> newCode() {
        return Uni.createFrom().item(LotCodes::random).flatMap(code -> lots.codeTaken(code)
                .flatMap(taken -> taken ? newCode() : Uni.createFrom().item(code)));
    }

    // ---- reading ------------------------------------------------------------------------------------------------

    @WithSession
    public Uni<LotView> get(UUID id) {
        CurrentUser user = users.current();
        return managedLot(id, user, false).flatMap(lot -> view(lot, user));
    }

    /** The lot a label code names (case, spaces and look-alike letters forgiven; a scanned URL works too). */
    @WithSession
    public Uni<LotView> resolve(String code) {
        CurrentUser user = users.current();
        String normalised = LotCodes.normalise(code).orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND,
                Message.of("detail.storage.stockLotCode", code)));
        return lots.find("code", normalised).firstResult()
                .onItem().ifNull().failWith(() -> new ProblemException(ProblemType.NOT_FOUND,
                        Message.of("detail.storage.stockLotCode", normalised)))
                .flatMap(lot -> sites.findById(lot.siteId).map(site -> {
                    if (!StorageAccess.manages(site, user)) {
                        throw new ProblemException(ProblemType.NOT_FOUND,
                                Message.of("detail.storage.stockLotCode", normalised));
                    }
                    return lot;
                }))
                .flatMap(lot -> view(lot, user));
    }

    @WithSession
    public Uni<List<MovementView>> movements(UUID lotId) {
        CurrentUser user = users.current();
        return managedLot(lotId, user, false).flatMap(lot -> movements.ofLot(lot.id)).flatMap(found -> {
            Set<UUID> ids = new HashSet<>();
            found.forEach(m -> {
                if (m.fromLocationId != null) {
                    ids.add(m.fromLocationId);
                }
                if (m.toLocationId != null) {
                    ids.add(m.toLocationId);
                }
            });
            return locationCodes(ids).map(codes -> found.stream().map(m -> new MovementView(m.id, m.kind,
                    m.quantity, m.signedQuantity(), place(m.fromLocationId, codes), place(m.toLocationId, codes),
                    m.reason, m.reference, m.actor, m.at)).toList());
        });
    }

    /**
     * Lots of the sites the caller runs (one site, or all): those with stock, or all with {@code includeEmpty}.
     * Flagged ones (older than their site's alert age) oldest first; otherwise the newest intake first.
     */
    @WithSession
    public Uni<Page<LotSummary>> list(UUID siteId, UUID locationId, String text, boolean flaggedOnly,
                                      boolean includeEmpty, int page, int size) {
        CurrentUser user = users.current();
        Uni<List<StorageSite>> scope = siteId == null
                ? sites.visibleTo(user.organisation().id(), false)
                .map(found -> found.stream().filter(s -> StorageAccess.manages(s, user)).toList())
                : sites.findById(siteId).map(site -> List.of(StorageAccess.requireManaged(site, user)));
        return scope.flatMap(managed -> {
            if (managed.isEmpty()) {
                return Uni.createFrom().item(new Page<LotSummary>(List.of(), page, size, 0));
            }
            StringBuilder where = new StringBuilder("siteId in :sites");
            Parameters params = Parameters.with("sites", managed.stream().map(s -> s.id).toList());
            if (!includeEmpty) {
                where.append(" and onHand > 0");
            }
            if (locationId != null) {
                where.append(" and id in (select b.lotId from StockBalance b where b.locationId = :location)");
                params.and("location", locationId);
            }
            if (text != null && !text.isBlank()) {
                where.append(" and (lower(description) like :text or lower(coalesce(material, '')) like :text"
                        + " or code = :code)");
                params.and("text", "%" + text.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\")
                        .replace("%", "\\%").replace("_", "\\_") + "%");
                params.and("code", LotCodes.normalise(text).orElse("-"));
            }
            if (flaggedOnly) {
                List<String> cutoffs = new ArrayList<>();
                for (int i = 0; i < managed.size(); i++) {
                    cutoffs.add("(siteId = :flagSite" + i + " and receivedAt < :cutoff" + i + ")");
                    params.and("flagSite" + i, managed.get(i).id).and("cutoff" + i, cutoff(managed.get(i)));
                }
                where.append(" and (").append(String.join(" or ", cutoffs)).append(")");
            }
            Sort sort = flaggedOnly ? Sort.ascending("receivedAt").and("code") : Sort.descending("receivedAt").and("code");
            return lots.count(where.toString(), params).flatMap(total -> lots.find(where.toString(), sort, params)
                    .page(page, size).list().flatMap(found -> views(found, user))
                    .map(views -> new Page<>(views.stream().map(StockService::summary).toList(), page, size, total)));
        });
    }

    /** A location of a site the caller runs, with the lots lying there. */
    @WithSession
    public Uni<LocationView> location(UUID id) {
        CurrentUser user = users.current();
        return locations.findById(id).onItem().ifNull().failWith(StorageAccess::locationNotFound)
                .flatMap(location -> sites.findById(location.siteId).map(site -> {
                    if (!StorageAccess.manages(site, user)) {
                        throw StorageAccess.locationNotFound();
                    }
                    return location;
                }))
                .flatMap(location -> lots.balancesAt(location.id)
                        .flatMap(balances -> lots.list("id in ?1", Sort.by("receivedAt").and("code"),
                                balances.stream().map(b -> b.lotId()).toList()))
                        .flatMap(found -> views(found, user))
                        .map(views -> SiteService.locationView(location,
                                views.stream().map(StockService::summary).toList())));
    }

    // ---- the ledger ---------------------------------------------------------------------------------------------

    /** Moves a quantity from one location of the lot's site to another. */
    @WithTransaction
    public Uni<LotView> move(UUID lotId, MoveRequest request) {
        CurrentUser user = users.current();
        return managedLot(lotId, user, true).flatMap(lot -> {
            if (request.fromLocationId().equals(request.toLocationId())) {
                throw invalid("toLocationId", FieldCode.INVALID_VALUE, "storage.move.same");
            }
            return requireLocations(lot, Map.of("fromLocationId", request.fromLocationId(),
                    "toLocationId", request.toLocationId()))
                    .flatMap(codes -> requireAt(lot, request.fromLocationId(), codes, request.quantity()))
                    .flatMap(v -> append(lot, Kind.TRANSFER, request.quantity(), request.fromLocationId(),
                            request.toLocationId(), SiteService.blankToNull(request.reason()), null, user))
                    .replaceWith(lot);
        }).flatMap(lot -> settled(lot, user));
    }

    /** Free stock leaves the store (picked for a customer without a reservation). */
    @WithTransaction
    public Uni<LotView> pick(UUID lotId, TakeOutRequest request) {
        return takeOut(lotId, request, Kind.PICK);
    }

    /** A quantity goes to recycling: the reason is required. */
    @WithTransaction
    public Uni<LotView> dispose(UUID lotId, TakeOutRequest request) {
        if (request.reason() == null || request.reason().isBlank()) {
            throw new ProblemException(ProblemType.VALIDATION, Message.of("storage.disposal.reason"),
                    List.of(Problem.FieldError.of("reason", FieldCode.NOT_BLANK, "field.required")));
        }
        return takeOut(lotId, request, Kind.DISPOSAL);
    }

    private Uni<LotView> takeOut(UUID lotId, TakeOutRequest request, Kind kind) {
        CurrentUser user = users.current();
        OutcomeDecision decision = kind == Kind.PICK ? OutcomeRules.pick(request.outcome())
                : OutcomeRules.disposal(request.outcome());
        return managedLot(lotId, user, true).flatMap(lot -> requireLocations(lot, Map.of("locationId",
                        request.locationId()))
                .flatMap(codes -> requireAt(lot, request.locationId(), codes, request.quantity()))
                .map(v -> {
                    if (request.quantity().compareTo(lot.free()) > 0) {
                        throw new ProblemException(ProblemType.CONFLICT,
                                Message.of("detail.storage.lotHoldsWhichPromised", lot.code, plain(lot.onHand),
                                        lot.unit, plain(lot.promised), plain(lot.free()),
                                        Message.of(kind == Kind.PICK ? "detail.storage.picked"
                                                : "detail.storage.disposedOf")));
                    }
                    return v;
                })
                .flatMap(v -> movement(lot, kind, request.quantity(), request.locationId(), null,
                        SiteService.blankToNull(request.reason()), null, user))
                .flatMap(movement -> leaving(lot, movement, decision))
                .replaceWith(lot)).flatMap(lot -> settled(lot, user));
    }

    /**
     * Records a count of a location: each difference becomes an ADJUSTMENT. All lots involved are locked first;
     * a count that would leave less than is promised of a lot is refused as a whole.
     */
    @WithTransaction
    public Uni<StocktakeResult> stocktake(UUID locationId, StocktakeRequest request) {
        CurrentUser user = users.current();
        String reference = "stocktake:" + UUID.randomUUID();
        Map<UUID, BigDecimal> counted = new LinkedHashMap<>();
        for (int i = 0; i < request.counts().size(); i++) {
            StocktakeRequest.Count count = request.counts().get(i);
            if (counted.put(count.lotId(), count.counted()) != null) {
                throw invalid("counts[" + i + "].lotId", FieldCode.INVALID_VALUE, "storage.count.twice");
            }
        }
        return locations.findById(locationId).onItem().ifNull().failWith(StorageAccess::locationNotFound)
                .flatMap(location -> sites.findById(location.siteId).map(site -> {
                    if (!StorageAccess.manages(site, user)) {
                        throw StorageAccess.locationNotFound();
                    }
                    return location;
                }))
                .flatMap(location -> lots.balancesAt(location.id).flatMap(before -> {
                    Set<UUID> involved = new TreeSet<>(counted.keySet());
                    if (request.complete()) {
                        before.forEach(b -> involved.add(b.lotId()));
                    }
                    return lots.lockAll(involved).flatMap(locked -> {
                        Map<UUID, StockLot> byId = locked.stream().collect(Collectors.toMap(l -> l.id, l -> l));
                        int i = 0;
                        for (UUID lotId : counted.keySet()) {
                            StockLot lot = byId.get(lotId);
                            if (lot == null || !lot.siteId.equals(location.siteId)) {
                                throw invalid("counts[" + i + "].lotId", FieldCode.UNKNOWN_REFERENCE,
                                        "storage.lot.notOfSite");
                            }
                            i++;
                        }
                        // read again under the locks: a move may have finished while we waited
                        return lots.balancesAt(location.id).flatMap(balances -> {
                            Map<UUID, BigDecimal> expected = balances.stream()
                                    .collect(Collectors.toMap(b -> b.lotId(), b -> b.onHand()));
                            List<StocktakeResult.Adjustment> adjustments = new ArrayList<>();
                            for (UUID lotId : involved) {
                                StockLot lot = byId.get(lotId);
                                BigDecimal was = expected.getOrDefault(lotId, BigDecimal.ZERO);
                                BigDecimal now = counted.getOrDefault(lotId, BigDecimal.ZERO);
                                BigDecimal difference = now.subtract(was);
                                if (difference.signum() == 0) {
                                    continue;
                                }
                                if (lot.onHand.add(difference).compareTo(lot.promised) < 0) {
                                    throw new ProblemException(ProblemType.CONFLICT,
                                            Message.of("detail.storage.lotPromisedCountWould", lot.code,
                                                    plain(lot.promised), lot.unit, plain(lot.onHand.add(difference))));
                                }
                                adjustments.add(new StocktakeResult.Adjustment(lotId, lot.code, tidy(was), tidy(now), tidy(difference)));
                            }
                            Uni<Void> writes = Uni.createFrom().voidItem();
                            for (StocktakeResult.Adjustment a : adjustments) {
                                StockLot lot = byId.get(a.lotId());
                                boolean more = a.difference().signum() > 0;
                                writes = writes.flatMap(v -> movement(lot, Kind.ADJUSTMENT, a.difference().abs(),
                                        more ? null : location.id, more ? location.id : null, request.reason().strip(),
                                        reference, user))
                                        // what a count finds missing is lost
                                        .flatMap(m -> more ? Uni.createFrom().voidItem()
                                                : leaving(lot, m, OutcomeRules.loss()));
                            }
                            return writes.call(v -> lots.flush())
                                    .map(v -> new StocktakeResult(location.id, reference, adjustments));
                        });
                    });
                }));
    }

    /**
     * Promises a quantity of a lot (to a reservation); refused with 409 when less than that is free. Used by the
     * reservations, in their transaction.
     */
    @WithTransaction
    public Uni<LotView> promise(UUID lotId, BigDecimal quantity) {
        CurrentUser user = users.current();
        return managedLot(lotId, user, true).flatMap(lot -> {
            if (quantity.signum() <= 0) {
                throw invalid("quantity", FieldCode.POSITIVE, "field.positive");
            }
            if (quantity.compareTo(lot.free()) > 0) {
                throw new ProblemException(ProblemType.CONFLICT,
                        Message.of("detail.storage.lotFreeCannotPromised", lot.code, plain(lot.free()), lot.unit,
                                plain(quantity)));
            }
            return lots.changePromised(lot.id, quantity).replaceWith(lot);
        }).flatMap(lot -> settled(lot, user));
    }

    /** Releases a promised quantity (a reservation ended without handover). */
    @WithTransaction
    public Uni<LotView> release(UUID lotId, BigDecimal quantity) {
        CurrentUser user = users.current();
        return managedLot(lotId, user, true).flatMap(lot -> {
            if (quantity.signum() <= 0) {
                throw invalid("quantity", FieldCode.POSITIVE, "field.positive");
            }
            if (quantity.compareTo(lot.promised) > 0) {
                throw new ProblemException(ProblemType.CONFLICT,
                        Message.of("detail.storage.lotPromised", lot.code, plain(lot.promised), lot.unit));
            }
            return lots.changePromised(lot.id, quantity.negate()).replaceWith(lot);
        }).flatMap(lot -> settled(lot, user));
    }

    /**
     * A lot to offer as a listing, locked for the caller's transaction: what the listing copies, and what is free.
     * Only the site's operator offers its stock.
     */
    @WithTransaction
    public Uni<LotSource> lockForListing(UUID lotId) {
        CurrentUser user = users.current();
        return managedLot(lotId, user, true).flatMap(lot -> sites.findById(lot.siteId).map(site -> {
            if (lot.free().signum() <= 0) {
                throw new ProblemException(ProblemType.CONFLICT,
                        Message.of("detail.storage.lotNothingFreeOffer", lot.code));
            }
            return new LotSource(lot.id, lot.code, site.id, site.name, site.organisationId, lot.categoryId,
                    lot.description, lot.material, lot.free(), lot.unit, lot.weightPerUnitKg, lot.condition,
                    lot.conditionNotes, lot.inventoryItemId, null, site.streetAddress, site.postalCode, site.city,
                    site.latitude, site.longitude, site.openingHours);
        }));
    }

    // ---- for reservations (called in their transaction; the reservation feature decides who may) ---------------

    /**
     * Locks a lot for a reservation's transaction, before its listing: every path that writes both locks the lot
     * first (docs/reservations.md#locks), as a movement does, whose trigger updates the lot's listings.
     */
    public Uni<Void> lockForReservation(UUID lotId) {
        return lots.lockRow(lotId);
    }

    /** Promises a quantity of a lot to a reservation; 409 when less is free (checked and written in one statement). */
    public Uni<Void> holdForReservation(UUID lotId, BigDecimal quantity) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery(
                        "update stock_lot set promised = promised + :q, version = version + 1, updated_at = now()"
                                + " where id = :id and on_hand - promised >= :q")
                .setParameter("q", quantity).setParameter("id", lotId).executeUpdate())
                .map(rows -> {
                    if (rows == 0) {
                        throw new ProblemException(ProblemType.CONFLICT,
                                Message.of("detail.storage.storedLotLessFree", plain(quantity)));
                    }
                    return null;
                });
    }

    /** Releases a reservation's promise (cancelled, rejected, expired, or the rest of a partial handover). */
    public Uni<Void> releaseReservation(UUID lotId, BigDecimal quantity) {
        if (quantity.signum() == 0) {
            return Uni.createFrom().voidItem();
        }
        return Panache.getSession().flatMap(session -> session.createNativeQuery(
                        "update stock_lot set promised = promised - :q, version = version + 1, updated_at = now()"
                                + " where id = :id")
                .setParameter("q", quantity).setParameter("id", lotId).executeUpdate()).replaceWithVoid();
    }

    /**
     * Hands over a promised quantity of a lot: HANDOVER movements take it out of the store (from the named
     * location, or from the lot's locations in code order), which also settles that much of the promise.
     */
    public Uni<Void> handOverFromLot(UUID lotId, BigDecimal quantity, UUID locationId, String reference) {
        CurrentUser user = users.current();
        return lots.findById(lotId, LockModeType.PESSIMISTIC_WRITE)
                .onItem().ifNull().failWith(StorageAccess::lotNotFound)
                .flatMap(lot -> lots.balancesOf(List.of(lot.id)).flatMap(balances -> locationCodes(
                        balances.stream().map(Balance::locationId).toList()).flatMap(codes -> {
                    if (quantity.compareTo(lot.promised) > 0) {
                        throw new ProblemException(ProblemType.CONFLICT,
                                Message.of("detail.storage.lotPromised", lot.code, plain(lot.promised), lot.unit));
                    }
                    List<Balance> from = new ArrayList<>(balances.stream()
                            .filter(b -> locationId == null || b.locationId().equals(locationId)).toList());
                    from.sort(java.util.Comparator.comparing(b -> codes.get(b.locationId())));
                    BigDecimal there = from.stream().map(Balance::onHand).reduce(BigDecimal.ZERO, BigDecimal::add);
                    if (quantity.compareTo(there) > 0) {
                        throw new ProblemException(ProblemType.CONFLICT,
                                Message.of("detail.storage.lotHoldsCannotHanded", lot.code, plain(there), lot.unit,
                                        locationId == null ? "" : Message.of("detail.storage.atLocation",
                                                codes.containsKey(locationId) ? codes.get(locationId)
                                                        : Message.of("detail.storage.thatLocation")),
                                        plain(quantity)));
                    }
                    Uni<Void> writes = Uni.createFrom().voidItem();
                    BigDecimal left = quantity;
                    for (Balance balance : from) {
                        if (left.signum() <= 0) {
                            break;
                        }
                        BigDecimal take = left.min(balance.onHand());
                        left = left.subtract(take);
                        writes = writes.flatMap(v -> append(lot, Kind.HANDOVER, take, balance.locationId(), null,
                                null, reference, user));
                    }
                    return writes.call(v -> lots.flush());
                })));
    }

    /** The label codes of lots, for views of other features. */
    @WithSession
    public Uni<Map<UUID, String>> codes(Collection<UUID> lotIds) {
        if (lotIds.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return lots.list("id in ?1", lotIds).map(found -> found.stream()
                .collect(Collectors.toMap(l -> l.id, l -> l.code)));
    }

    /** Whether the person runs the site that holds the lot (its storage operators hand its reservations over). */
    @WithSession
    public Uni<Boolean> runsSiteOf(UUID lotId, CurrentUser user) {
        return lots.findById(lotId).flatMap(lot -> lot == null ? Uni.createFrom().item(false)
                : sites.findById(lot.siteId).map(site -> StorageAccess.manages(site, user)));
    }

    // ---- photos and labels --------------------------------------------------------------------------------------

    public Uni<PhotoView> addPhoto(UUID lotId, Path file, String filename) {
        CurrentUser user = users.current();
        return Panache.withSession(() -> managedLot(lotId, user, false))
                .flatMap(lot -> photos.add(PHOTO_OWNER_KIND, lot.id, user.organisation().id(), username(user), file,
                        filename));
    }

    @WithSession
    public Uni<List<PhotoView>> photos(UUID lotId) {
        CurrentUser user = users.current();
        return managedLot(lotId, user, false).flatMap(lot -> photos.list(PHOTO_OWNER_KIND, lot.id));
    }

    @WithSession
    public Uni<byte[]> label(UUID lotId) {
        CurrentUser user = users.current();
        return managedLot(lotId, user, false).flatMap(lot -> view(lot, user))
                .map(view -> LabelPdf.single(label(view)));
    }

    /** Labels of some lots of a site (all with stock there when none are named), as A4 sheets. */
    @WithSession
    public Uni<byte[]> labels(UUID siteId, List<UUID> lotIds) {
        CurrentUser user = users.current();
        return sites.findById(siteId).map(site -> StorageAccess.requireManaged(site, user))
                .flatMap(site -> lotIds.isEmpty()
                        ? lots.list("siteId = ?1 and onHand > 0", Sort.by("receivedAt").and("code"), site.id)
                        : lots.list("id in ?1", Sort.by("receivedAt").and("code"), lotIds).map(found -> {
                    if (found.size() != new HashSet<>(lotIds).size()
                            || found.stream().anyMatch(l -> !l.siteId.equals(site.id))) {
                        throw invalid("lots", FieldCode.UNKNOWN_REFERENCE, "storage.lots.notOfSite");
                    }
                    return found;
                }))
                .flatMap(found -> views(found, user))
                .map(views -> LabelPdf.sheet(views.stream().map(this::label).toList()));
    }

    private LabelPdf.Label label(LotView lot) {
        String places = lot.locations().stream().map(LotSummary.Place::code).collect(Collectors.joining(", "));
        String detail = plain(lot.onHand()) + " " + lot.unit() + " · Skick " + lot.condition()
                + (places.isEmpty() ? "" : " · " + places);
        String footer = lot.siteName() + " · inlevererad " + lot.receivedAt().atZoneSameInstant(Today.ZONE).toLocalDate();
        return new LabelPdf.Label(lot.code(), lot.qrContent(), lot.description(), detail, footer);
    }

    // ---- helpers ------------------------------------------------------------------------------------------------

    /** A lot of a site the caller runs (locked for the transaction when {@code lock}); 404 for everybody else. */
    private Uni<StockLot> managedLot(UUID lotId, CurrentUser user, boolean lock) {
        Uni<StockLot> found = lock ? lots.findById(lotId, LockModeType.PESSIMISTIC_WRITE) : lots.findById(lotId);
        return found.onItem().ifNull().failWith(StorageAccess::lotNotFound)
                .flatMap(lot -> sites.findById(lot.siteId).map(site -> {
                    if (!StorageAccess.manages(site, user)) {
                        throw StorageAccess.lotNotFound();
                    }
                    return lot;
                }));
    }

    /** Checks that the named locations belong to the lot's site; gives their codes. */
    private Uni<Map<UUID, String>> requireLocations(StockLot lot, Map<String, UUID> named) {
        return locations.list("id in ?1", named.values()).map(found -> {
            Map<UUID, String> codes = new HashMap<>();
            found.stream().filter(l -> l.siteId.equals(lot.siteId)).forEach(l -> codes.put(l.id, l.code));
            named.forEach((field, id) -> {
                if (!codes.containsKey(id)) {
                    throw invalid(field, FieldCode.UNKNOWN_REFERENCE, "storage.location.notOfLotSite");
                }
            });
            return codes;
        });
    }

    private Uni<Void> requireAt(StockLot lot, UUID locationId, Map<UUID, String> codes, BigDecimal quantity) {
        return lots.balancesOf(List.of(lot.id)).map(balances -> {
            BigDecimal there = balances.stream().filter(b -> b.locationId().equals(locationId)).map(b -> b.onHand())
                    .findFirst().orElse(BigDecimal.ZERO);
            if (quantity.compareTo(there) > 0) {
                throw new ProblemException(ProblemType.CONFLICT,
                        Message.of("detail.storage.lotHoldsCannotTaken", lot.code, plain(there), lot.unit,
                                codes.get(locationId), plain(quantity)));
            }
            return null;
        });
    }

    private Uni<Void> append(StockLot lot, Kind kind, BigDecimal quantity, UUID from, UUID to, String reason,
                             String reference, CurrentUser user) {
        return movement(lot, kind, quantity, from, to, reason, reference, user).replaceWithVoid();
    }

    /** Records what became of the quantity a movement took out of the store (docs/outcomes.md). */
    private Uni<Void> leaving(StockLot lot, StockMovement movement, OutcomeDecision decision) {
        OutcomeEvent event = switch (movement.kind) {
            case PICK -> OutcomeEvent.PICK;
            case DISPOSAL -> OutcomeEvent.DISPOSAL;
            default -> OutcomeEvent.ADJUSTMENT;
        };
        return sites.findById(lot.siteId).flatMap(site -> outcomes.recordMovement(new MovementOutcome(movement.id,
                event, decision, site.organisationId, lot.id, lot.inventoryItemId, lot.categoryId, lot.material,
                lot.description, movement.quantity, lot.unit, lot.weightPerUnitKg, Today.date())));
    }

    private Uni<StockMovement> movement(StockLot lot, Kind kind, BigDecimal quantity, UUID from, UUID to,
                                        String reason, String reference, CurrentUser user) {
        StockMovement movement = new StockMovement();
        movement.lotId = lot.id;
        movement.kind = kind;
        movement.quantity = quantity;
        movement.fromLocationId = from;
        movement.toLocationId = to;
        movement.reason = reason;
        movement.reference = reference;
        movement.actor = username(user);
        movement.organisationId = user.organisation().id();
        return movements.persist(movement);
    }

    /** The lot as the ledger left it (the trigger wrote its totals), as a view. */
    private Uni<LotView> settled(StockLot lot, CurrentUser user) {
        return lots.flush().flatMap(v -> lots.reload(lot)).flatMap(reloaded -> view(reloaded, user));
    }

    private Uni<List<StockLot>> reloadAll(List<StockLot> found) {
        Uni<List<StockLot>> chain = Uni.createFrom().item(new ArrayList<>());
        for (StockLot lot : found) {
            chain = chain.flatMap(list -> lots.reload(lot).map(reloaded -> {
                list.add(reloaded);
                return list;
            }));
        }
        return chain;
    }

    private Uni<Map<UUID, String>> locationCodes(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return locations.list("id in ?1", ids).map(found -> found.stream()
                .collect(Collectors.toMap(l -> l.id, l -> l.code)));
    }

    private Uni<LotView> view(StockLot lot, CurrentUser user) {
        return views(List.of(lot), user).map(list -> list.get(0));
    }

    Uni<List<LotView>> views(List<StockLot> found, CurrentUser user) {
        if (found.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        List<UUID> ids = found.stream().map(l -> l.id).toList();
        Set<UUID> siteIds = found.stream().map(l -> l.siteId).collect(Collectors.toSet());
        Set<UUID> intakeIds = found.stream().map(l -> l.intakeId).collect(Collectors.toSet());
        return outcomes.ofLots(ids).flatMap(lotOutcomes -> categories.all().flatMap(cats -> sites.list("id in ?1", siteIds).flatMap(siteList ->
                intakes.list("id in ?1", intakeIds).flatMap(intakeList -> lots.balancesOf(ids).flatMap(balances ->
                        locationCodes(balances.stream().map(b -> b.locationId()).collect(Collectors.toSet()))
                                .flatMap(codes -> organisations.findByIds(intakeList.stream()
                                                .map(i -> i.deliveredByOrganisationId).filter(java.util.Objects::nonNull)
                                                .collect(Collectors.toSet()))
                                        .map(orgs -> {
                                            Map<UUID, StorageSite> siteById = siteList.stream()
                                                    .collect(Collectors.toMap(s -> s.id, s -> s));
                                            Map<UUID, StockIntake> intakeById = intakeList.stream()
                                                    .collect(Collectors.toMap(i -> i.id, i -> i));
                                            Map<UUID, List<LotSummary.Place>> places = new HashMap<>();
                                            balances.forEach(b -> places.computeIfAbsent(b.lotId(), k -> new ArrayList<>())
                                                    .add(new LotSummary.Place(b.locationId(), codes.get(b.locationId()),
                                                            tidy(b.onHand()))));
                                            places.values().forEach(p -> p.sort(java.util.Comparator
                                                    .comparing(LotSummary.Place::code)));
                                            return found.stream().map(l -> toView(l, siteById.get(l.siteId),
                                                    intakeById.get(l.intakeId), cats.get(l.categoryId),
                                                    places.getOrDefault(l.id, List.of()), orgs,
                                                    lotOutcomes.getOrDefault(l.id, List.of()))).toList();
                                        })))))));
    }

    private LotView toView(StockLot l, StorageSite site, StockIntake intake, CategoryView category,
                           List<LotSummary.Place> places, Map<UUID, OrganisationView> orgs,
                           List<OutcomeView> lotOutcomes) {
        long age = ageDays(l);
        return new LotView(l.id, l.code, l.siteId, site.name,
                category == null ? null : new LotSummary.CategoryRef(category.id(), category.code(), category.nameSv(),
                        category.nameEn()),
                l.description, l.material, l.unit, l.condition, l.conditionNotes, l.weightPerUnitKg,
                tidy(l.receivedQuantity), tidy(l.onHand), tidy(l.promised), tidy(l.free()), places,
                space(l.palletsPerUnit, l.onHand), space(l.floorM2PerUnit, l.onHand),
                new LotView.Source(l.sourceKind, l.buildingId, l.buildingName, l.inventoryItemId,
                        new LotView.DeliveredBy(SiteService.ref(orgs, intake.deliveredByOrganisationId),
                                intake.deliveredByName), intake.deliveredAt),
                l.intakeId, intake.receivedBy, l.receivedAt, age, l.onHand.signum() > 0 && age > site.ageAlertDays,
                publicUrl + "/lager/kod/" + l.code, l.version, lotOutcomes);
    }

    static LotSummary summary(LotView v) {
        return new LotSummary(v.id(), v.code(), v.siteId(), v.category(), v.description(), v.unit(), v.condition(),
                v.onHand(), v.promised(), v.available(), v.locations(), v.receivedAt(), v.ageDays(), v.flagged());
    }

    static long ageDays(StockLot lot) {
        LocalDate received = lot.receivedAt.atZoneSameInstant(Today.ZONE).toLocalDate();
        return ChronoUnit.DAYS.between(received, Today.date());
    }

    /** Lots received before this instant are older than the site's alert age. */
    static OffsetDateTime cutoff(StorageSite site) {
        return Today.date().minusDays(site.ageAlertDays).atStartOfDay(Today.ZONE).toOffsetDateTime();
    }

    private static MovementView.Place place(UUID id, Map<UUID, String> codes) {
        return id == null ? null : new MovementView.Place(id, codes.get(id));
    }

    private static BigDecimal perUnit(BigDecimal space, BigDecimal quantity) {
        return space == null ? BigDecimal.ZERO : space.divide(quantity, 8, RoundingMode.HALF_UP);
    }

    private static BigDecimal space(BigDecimal perUnit, BigDecimal onHand) {
        return perUnit.multiply(onHand).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
    }

    static BigDecimal tidy(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    static String plain(BigDecimal value) {
        return tidy(value).toPlainString();
    }

    static ProblemException invalid(String field, FieldCode code, String key, Object... args) {
        Problem.FieldError error = Problem.FieldError.of(field, code, key, args);
        return new ProblemException(ProblemType.UNPROCESSABLE,
                Message.of("storage.detail.invalid", field, error.text()),
                List.of(error));
    }

    private static String username(CurrentUser user) {
        return user.username() == null ? user.subject() : user.username();
    }
}
