package se.kretslopp.reservation;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.kretslopp.audit.AuditService;
import se.kretslopp.climate.ClimateService;
import se.kretslopp.common.FieldCode;
import se.kretslopp.common.Idempotency;
import se.kretslopp.common.Message;
import se.kretslopp.common.Page;
import se.kretslopp.common.Problem;
import se.kretslopp.common.ProblemException;
import se.kretslopp.common.ProblemType;
import se.kretslopp.common.Today;
import se.kretslopp.identity.CurrentUserService;
import se.kretslopp.identity.api.CurrentUser;
import se.kretslopp.inventory.InventoryItemService;
import se.kretslopp.listing.ListingService;
import se.kretslopp.listing.api.ListingHold;
import se.kretslopp.notification.NotificationService;
import se.kretslopp.notification.api.NotificationKind;
import se.kretslopp.notification.api.Recipient;
import se.kretslopp.organisation.OrganisationService;
import se.kretslopp.organisation.api.OrganisationView;
import se.kretslopp.outcome.OutcomeService;
import se.kretslopp.outcome.api.OutcomeView;
import se.kretslopp.reservation.api.ConfirmRequest;
import se.kretslopp.reservation.api.HandoverRequest;
import se.kretslopp.reservation.api.RejectRequest;
import se.kretslopp.reservation.api.ReservationRequest;
import se.kretslopp.reservation.api.ReservationStatus;
import se.kretslopp.reservation.api.ReservationView;
import se.kretslopp.storage.StockService;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Reservations: a buyer holds a quantity of a listing (and, for a stored lot, the lot's stock is promised to them)
 * until the seller confirms and hands it over, or it is rejected, cancelled or expires. Every change locks the
 * reservation row; the hold itself is one conditional statement on the listing, so what is available never goes
 * below zero however many people reserve at once. POSTs are idempotent with an {@code Idempotency-Key}.
 *
 * <p>Locks, in the one order every path that writes these rows uses (docs/reservations.md#locks): the reservation,
 * the inventory item (a handover marks it reused), the stock lot, the listing. A stock movement locks its lot and
 * then, through the ledger's trigger, the lot's listings; so a reservation locks the lot before it holds the
 * listing, never the other way round, and picks, moves and reservations of one stored lot cannot deadlock.
 */
@ApplicationScoped
public class ReservationService {

    private final ReservationRepository reservations;
    private final ListingService listings;
    private final StockService stock;
    private final NotificationService notifications;
    private final OrganisationService organisations;
    private final CurrentUserService users;
    private final Idempotency idempotency;
    private final Duration hold;
    private final ClimateService climate;
    private final InventoryItemService items;
    private final AuditService audit;
    private final OutcomeService outcomes;

    ReservationService(ReservationRepository reservations, ListingService listings, StockService stock,
                       NotificationService notifications, OrganisationService organisations, CurrentUserService users,
                       Idempotency idempotency, @ConfigProperty(name = "kretslopp.reservations.hold") Duration hold,
                       ClimateService climate, InventoryItemService items, AuditService audit,
                       OutcomeService outcomes) {
        this.reservations = reservations;
        this.listings = listings;
        this.stock = stock;
        this.notifications = notifications;
        this.organisations = organisations;
        this.users = users;
        this.idempotency = idempotency;
        this.hold = hold;
        this.climate = climate;
        this.items = items;
        this.audit = audit;
        this.outcomes = outcomes;
    }

    /**
     * Reserves. The order matters for throughput: everything that does not need the listing's row lock comes first
     * (the checks, the reservation row, the seller's notification, the answer and its idempotency record), the
     * conditional hold last, so the lock that every other reservation of the listing waits for is held only from the
     * hold to the commit. The answer is recorded with the listing's status as it was read; should the hold change it
     * (the last piece reserved), it is recorded again. A refused hold rolls the whole transaction back.
     */
    @WithTransaction
    public Uni<Response> create(ReservationRequest request, String key) {
        CurrentUser user = users.current();
        return idempotency.onceRecording(key, owner(user), "POST", "/api/v1/reservations", request, recorder -> listings
                .reservable(request.listingId())
                .onFailure(ProblemException.class).transform(e -> ((ProblemException) e).problem().status() == 404
                        ? new ProblemException(ProblemType.UNPROCESSABLE, Message.of("notFound.listingToReserve"),
                        List.of(Problem.FieldError.of("listingId", FieldCode.UNKNOWN_REFERENCE,
                        "reservation.listing.unknown"))) : e)
                .flatMap(listing -> {
                    OffsetDateTime now = now();
                    Reservation r = new Reservation();
                    r.id = UUID.randomUUID();
                    r.listingId = listing.listingId();
                    r.stockLotId = listing.stockLotId();
                    r.sellerOrganisationId = listing.sellerOrganisationId();
                    r.buyerOrganisationId = user.organisation().id();
                    r.buyerUsername = username(user);
                    r.buyerName = user.name();
                    r.quantity = request.quantity();
                    r.message = blankToNull(request.message());
                    r.wishedPickupAt = request.wishedPickupAt();
                    r.status = ReservationStatus.REQUESTED;
                    r.expiresAt = now.plus(hold);
                    r.createdAt = now;
                    r.updatedAt = now;
                    return reservations.persist(r)
                            .call(reservations::flush)
                            .call(saved -> notifications.notify(List.of(seller(listing)),
                                    NotificationKind.RESERVATION_RECEIVED, saved.id, listing.title(), saved.quantity,
                                    listing.unit(), saved.message))
                            .flatMap(saved -> created(saved, listing, user).call(recorder::record)
                                    .flatMap(answer -> lockLotThenListing(listing.stockLotId(), null)
                                    .flatMap(v -> listings.hold(listing, saved.quantity))
                                            .call(held -> held.stockLotId() == null ? Uni.createFrom().voidItem()
                                                    : stock.holdForReservation(held.stockLotId(), saved.quantity))
                                            .flatMap(held -> held.status() == listing.status()
                                                    ? Uni.createFrom().item(answer)
                                                    : created(saved, held, user).call(recorder::record))));
                }));
    }

    private Uni<Response> created(Reservation r, ListingHold listing, CurrentUser user) {
        return view(r, listing, user).map(view -> Response
                .created(URI.create("/api/v1/reservations/" + view.id())).entity(view).build());
    }

    @WithSession
    public Uni<ReservationView> get(UUID id) {
        CurrentUser user = users.current();
        return reservations.findById(id).map(r -> readable(r, user)).flatMap(r -> view(r, user));
    }

    @WithSession
    public Uni<Page<ReservationView>> list(String role, ReservationStatus status, UUID listingId, UUID lotId, int page,
                                           int size) {
        CurrentUser user = users.current();
        StringBuilder where = new StringBuilder();
        Parameters params = Parameters.with("org", user.organisation().id());
        if ("seller".equals(role)) {
            where.append("sellerOrganisationId = :org");
        } else {
            where.append("buyerOrganisationId = :org and buyerUsername = :user");
            params.and("user", username(user));
        }
        if (status != null) {
            where.append(" and status = :status");
            params.and("status", status);
        }
        if (listingId != null) {
            where.append(" and listingId = :listing");
            params.and("listing", listingId);
        }
        if (lotId != null) {
            where.append(" and stockLotId = :lot");
            params.and("lot", lotId);
        }
        return reservations.count(where.toString(), params).flatMap(total -> reservations
                .find(where.toString(), Sort.descending("createdAt").and("id"), params).page(page, size).list()
                .flatMap(found -> views(found, user)).map(views -> new Page<>(views, page, size, total)));
    }

    @WithTransaction
    public Uni<Response> confirm(UUID id, ConfirmRequest request, String key) {
        CurrentUser user = users.current();
        return changing(id, key, "confirm", request, user, (r, listing) -> {
            requireSeller(listing, user);
            if (r.status != ReservationStatus.REQUESTED && r.status != ReservationStatus.CONFIRMED) {
                throw ended(r);
            }
            if (!request.pickupTo().isAfter(request.pickupFrom())) {
                throw new ProblemException(ProblemType.UNPROCESSABLE,
                        Message.of("detail.reservation.pickupSlotMustEnd"),
                        List.of(Problem.FieldError.of("pickupTo", FieldCode.BEFORE_OTHER, "field.after", "pickupFrom")
                                .withOther("pickupFrom")));
            }
            r.status = ReservationStatus.CONFIRMED;
            r.pickupFrom = request.pickupFrom();
            r.pickupTo = request.pickupTo();
            return notifications.notify(List.of(buyer(r)), NotificationKind.RESERVATION_CONFIRMED, r.id,
                    listing.title(), r.quantity, listing.unit(), null);
        });
    }

    @WithTransaction
    public Uni<Response> reject(UUID id, RejectRequest request, String key) {
        CurrentUser user = users.current();
        return changing(id, key, "reject", request, user, (r, listing) -> {
            requireSeller(listing, user);
            requireActive(r);
            r.status = ReservationStatus.REJECTED;
            r.rejectReason = request.reason().strip();
            return release(r).call(v -> notifications.notify(List.of(buyer(r)), NotificationKind.RESERVATION_REJECTED,
                    r.id, listing.title(), r.quantity, listing.unit(), r.rejectReason));
        });
    }

    @WithTransaction
    public Uni<Response> cancel(UUID id, String key) {
        CurrentUser user = users.current();
        return changing(id, key, "cancel", Map.of(), user, (r, listing) -> {
            if (!r.buyerOrganisationId.equals(user.organisation().id())) {
                throw new ProblemException(ProblemType.FORBIDDEN,
                        Message.of("detail.reservation.buyerCancelsReservationSeller"));
            }
            requireActive(r);
            r.status = ReservationStatus.CANCELLED;
            return release(r).call(v -> notifications.notify(List.of(seller(listing)),
                    NotificationKind.RESERVATION_CANCELLED, r.id, listing.title(), r.quantity, listing.unit(), null));
        });
    }

    /**
     * Records a handover: the stock leaves the lot, the listing settles, the climate figures are frozen. The climate
     * data is read first, on a connection of its own, so that the transaction uses one connection throughout.
     */
    public Uni<Response> handOver(UUID id, HandoverRequest request, String key) {
        CurrentUser user = users.current();
        return climate.handoverData().flatMap(climateData -> Panache.withTransaction(() -> audit.stampTransaction()
                .flatMap(stamped -> handingOver(id, request, key, user, climateData))));
    }

    private Uni<Response> handingOver(UUID id, HandoverRequest request, String key, CurrentUser user,
                                      ClimateService.HandoverData climateData) {
        return changing(id, key, "handover", request, user, (r, listing) -> {
            requireSeller(listing, user);
            return handOverLocked(r, listing, request, username(user), climateData);
        });
    }

    /**
     * Locks a reservation's row in the caller's transaction and tells its status: for a feature whose rows change
     * together with the reservation (a delivery's receipt), so that it takes this lock first, as every change of a
     * reservation does. Fails with 404 when there is no such reservation.
     */
    public Uni<ReservationStatus> lockForChange(UUID id) {
        return reservations.findById(id, LockModeType.PESSIMISTIC_WRITE).map(r -> {
            if (r == null) {
                throw new ProblemException(ProblemType.NOT_FOUND, Message.of("notFound.reservation"));
            }
            return r.status;
        });
    }

    /**
     * Hands over the whole of a reservation on its delivery's receipt, in the caller's transaction (opened with
     * {@code Panache.withTransaction} and stamped for the audit, after {@link #lockForChange}): the same records,
     * stock movements and climate figures as a handover by the seller, recorded by the receiver, today, with the
     * transport distance of the delivery. {@code climateData} is read before the transaction, as for any handover.
     */
    public Uni<Void> handOverOnReceipt(UUID id, BigDecimal transportDistanceKm, String destinationAddress,
                                       ClimateService.HandoverData climateData) {
        CurrentUser user = users.current();
        return reservations.findById(id, LockModeType.PESSIMISTIC_WRITE).flatMap(r -> listings.holdInfo(r.listingId)
                .flatMap(listing -> handOverLocked(r, listing, new HandoverRequest(r.quantity, Today.date(), null,
                        destinationAddress, null, transportDistanceKm, null, null), username(user), climateData))
                .invoke(v -> r.updatedAt = now()).call(v -> reservations.flush()));
    }

    /** The buyer and the seller of a reservation, to tell them of something about it (a delivery's steps). */
    public Uni<List<Recipient>> parties(UUID id) {
        return reservations.findById(id).flatMap(r -> listings.holdInfo(r.listingId)
                .map(listing -> List.of(buyer(r), seller(listing))));
    }

    private Uni<Void> handOverLocked(Reservation r, ListingHold listing, HandoverRequest request, String by,
                                     ClimateService.HandoverData climateData) {
        requireActive(r);
        if (request.quantity().compareTo(r.quantity) > 0) {
            throw new ProblemException(ProblemType.UNPROCESSABLE,
                    Message.of("detail.reservation.reservationHoldsMoreCannot", plain(r.quantity), listing.unit()),
                    List.of(Problem.FieldError.of("quantity", FieldCode.EXCEEDS_AVAILABLE,
                            "reservation.quantity.held")));
        }
        java.time.LocalDate on = request.handedOverOn() == null ? Today.date() : request.handedOverOn();
        if (on.isAfter(Today.date())) {
            throw new ProblemException(ProblemType.UNPROCESSABLE,
                    Message.of("detail.reservation.handoverRecordedWhenHappened"),
                    List.of(Problem.FieldError.of("handedOverOn", FieldCode.IN_FUTURE, "field.inFuture")));
        }
        BigDecimal taken = request.quantity();
        BigDecimal rest = r.quantity.subtract(taken);
        Uni<Void> item = listing.inventoryItemId() == null ? Uni.createFrom().voidItem()
                : items.lockForHandover(listing.inventoryItemId());
        r.status = ReservationStatus.HANDED_OVER;
        r.handedOverQuantity = taken;
        r.handedOverOn = on;
        r.destinationProject = blankToNull(request.destinationProject());
        r.destinationAddress = blankToNull(request.destinationAddress());
        r.handedOverBy = by;
        Uni<Void> lot = r.stockLotId == null ? Uni.createFrom().voidItem()
                : stock.handOverFromLot(r.stockLotId, taken, request.locationId(), "reservation:" + r.id)
                .call(v -> stock.releaseReservation(r.stockLotId, rest));
        return item.flatMap(v -> lockLotThenListing(r.stockLotId, r.listingId))
                .flatMap(v -> lot)
                .flatMap(v -> listings.handOver(r.listingId, r.quantity, taken))
                .call(settled -> record(r, settled, request)
                        .flatMap(recordId -> outcomes.recordHandover(recordId, request.outcome())))
                .call(settled -> climate.realise(r.id, climateData))
                .call(settled -> notifications.notify(List.of(buyer(r), seller(settled)),
                        NotificationKind.RESERVATION_HANDED_OVER, r.id, settled.title(), taken, settled.unit(), null))
                .replaceWithVoid();
    }

    /** Releases what an expired reservation held; for the expiry job, in its transaction. */
    Uni<Void> expire(Reservation r) {
        r.status = ReservationStatus.EXPIRED;
        r.updatedAt = now();
        return release(r).flatMap(v -> listings.holdInfo(r.listingId))
                .call(listing -> notifications.notify(List.of(buyer(r), seller(listing)),
                        NotificationKind.RESERVATION_EXPIRED, r.id, listing.title(), r.quantity, listing.unit(), null))
                .replaceWithVoid();
    }

    /**
     * Tells the buyer and the seller of a reservation something about it, in the caller's transaction: for features
     * built on reservations (a booked pickup, its reminder). {@code detail} is shown with it (a pickup's time).
     */
    public Uni<Void> tellParties(UUID reservationId, NotificationKind kind, String detail) {
        return reservations.findById(reservationId).flatMap(r -> listings.holdInfo(r.listingId)
                .call(listing -> notifications.notify(List.of(buyer(r), seller(listing)), kind, r.id, listing.title(),
                        r.quantity, listing.unit(), detail))
                .replaceWithVoid());
    }

    /** Tells buyer and seller that a hold runs out within a day; for the expiry job. */
    Uni<Void> warn(Reservation r) {
        return listings.holdInfo(r.listingId).call(listing -> notifications.notify(List.of(buyer(r), seller(listing)),
                NotificationKind.RESERVATION_EXPIRING, r.id, listing.title(), r.quantity, listing.unit(), null))
                .replaceWithVoid();
    }

    // ---- helpers ------------------------------------------------------------------------------------------------

    private interface Change {
        Uni<Void> apply(Reservation reservation, ListingHold listing);
    }

    /** One change of a reservation: idempotent, under the row's lock, refused to all but buyer and seller. */
    private Uni<Response> changing(UUID id, String key, String action, Object request, CurrentUser user, Change change) {
        Supplier<Uni<Response>> run = () -> reservations.findById(id, LockModeType.PESSIMISTIC_WRITE)
                .map(r -> readable(r, user))
                .flatMap(r -> listings.holdInfo(r.listingId).flatMap(listing -> change.apply(r, listing)).map(v -> {
                    r.updatedAt = now();
                    return r;
                }))
                .call(reservations::flush)
                .flatMap(r -> view(r, user))
                .map(view -> Response.ok(view).build());
        return idempotency.once(key, owner(user), "POST", "/api/v1/reservations/" + id + "/" + action, request, run);
    }

    private Uni<Void> release(Reservation r) {
        return lockLotThenListing(r.stockLotId, r.listingId)
                .flatMap(v -> listings.release(r.listingId, r.quantity)).flatMap(v -> r.stockLotId == null
                ? Uni.createFrom().voidItem() : stock.releaseReservation(r.stockLotId, r.quantity));
    }

    /** Locks the stored lot (if any), then the listing (if named): the order of docs/reservations.md#locks. */
    private Uni<Void> lockLotThenListing(UUID lotId, UUID listingId) {
        Uni<Void> lot = lotId == null ? Uni.createFrom().voidItem() : stock.lockForReservation(lotId);
        return listingId == null ? lot : lot.flatMap(v -> listings.lockForReservation(listingId));
    }

    private Uni<UUID> record(Reservation r, ListingHold listing, HandoverRequest request) {
        UUID recordId = UUID.randomUUID();
        BigDecimal mass = listing.weightPerUnitKg() == null ? null : listing.weightPerUnitKg().multiply(r.handedOverQuantity);
        return Panache.getSession().flatMap(session -> session.createNativeQuery("""
                        insert into handover_record (id, reservation_id, listing_id, stock_lot_id, inventory_item_id,
                            category_id, material, quantity, unit, weight_per_unit_kg, mass_kg, seller_organisation_id,
                            buyer_organisation_id, handed_over_on, destination_project, destination_address,
                            transport_distance_km, storage_kg_co2e, refurbishment_kg_co2e)
                        values (:id, :reservation, :listing, :lot, :item, :category, :material, :quantity, :unit,
                            :weight, :mass, :seller, :buyer, :on, :project, :address, cast(:distance as numeric),
                            cast(:storage as numeric), cast(:refurbishment as numeric))""")
                .setParameter("id", recordId).setParameter("reservation", r.id)
                .setParameter("listing", r.listingId).setParameter("lot", r.stockLotId)
                .setParameter("item", listing.inventoryItemId()).setParameter("category", listing.categoryId())
                .setParameter("material", listing.material()).setParameter("quantity", r.handedOverQuantity)
                .setParameter("unit", listing.unit()).setParameter("weight", listing.weightPerUnitKg())
                .setParameter("mass", mass).setParameter("seller", r.sellerOrganisationId)
                .setParameter("buyer", r.buyerOrganisationId).setParameter("on", r.handedOverOn)
                .setParameter("project", r.destinationProject).setParameter("address", r.destinationAddress)
                .setParameter("distance", request.transportDistanceKm())
                .setParameter("storage", request.storageKgCo2e())
                .setParameter("refurbishment", request.refurbishmentKgCo2e())
                .executeUpdate()).replaceWith(recordId);
    }

    private Reservation readable(Reservation r, CurrentUser user) {
        if (r == null || !(r.buyerOrganisationId.equals(user.organisation().id())
                || r.sellerOrganisationId.equals(user.organisation().id()))) {
            throw new ProblemException(ProblemType.NOT_FOUND, Message.of("notFound.reservation"));
        }
        return r;
    }

    private void requireSeller(ListingHold listing, CurrentUser user) {
        if (!listings.maySell(listing, user)) {
            throw new ProblemException(ProblemType.FORBIDDEN,
                    Message.of("detail.reservation.sellerSContractorsProperty"));
        }
    }

    private static void requireActive(Reservation r) {
        if (!ReservationStatus.ACTIVE.contains(r.status)) {
            throw ended(r);
        }
    }

    private static ProblemException ended(Reservation r) {
        return new ProblemException(ProblemType.CONFLICT,
                Message.of("detail.reservation.reservationAlready",
                        r.status.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')));
    }

    private Uni<ReservationView> view(Reservation r, CurrentUser user) {
        return views(List.of(r), user).map(list -> list.get(0));
    }

    /** The view of a reservation whose listing is at hand (no query for it: a new reservation's answer). */
    private Uni<ReservationView> view(Reservation r, ListingHold listing, CurrentUser user) {
        return (r.stockLotId == null ? Uni.createFrom().item(Map.<UUID, String>of()) : stock.codes(Set.of(r.stockLotId)))
                .flatMap(codes -> organisations.findByIds(Set.of(r.buyerOrganisationId, r.sellerOrganisationId))
                        .map(orgs -> toView(r, listing, codes, orgs, null, user)));
    }

    private Uni<List<ReservationView>> views(List<Reservation> found, CurrentUser user) {
        Set<UUID> listingIds = found.stream().map(r -> r.listingId).collect(Collectors.toSet());
        Set<UUID> lotIds = found.stream().map(r -> r.stockLotId).filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet());
        Set<UUID> orgIds = new HashSet<>();
        found.forEach(r -> {
            orgIds.add(r.buyerOrganisationId);
            orgIds.add(r.sellerOrganisationId);
        });
        Set<UUID> handedOver = found.stream().filter(r -> r.handedOverQuantity != null).map(r -> r.id)
                .collect(Collectors.toSet());
        return listings.holdInfos(listingIds).flatMap(held -> stock.codes(lotIds)
                .flatMap(codes -> outcomes.ofReservations(handedOver).flatMap(outcome -> organisations.findByIds(orgIds)
                        .map(orgs -> found.stream().map(r -> toView(r, held.get(r.listingId), codes, orgs,
                                outcome.get(r.id), user)).toList()))));
    }

    private ReservationView toView(Reservation r, ListingHold listing, Map<UUID, String> codes,
                                   Map<UUID, OrganisationView> orgs, OutcomeView outcome, CurrentUser user) {
        boolean active = ReservationStatus.ACTIVE.contains(r.status);
        boolean seller = listing != null && listings.maySell(listing, user);
        boolean buyer = r.buyerOrganisationId.equals(user.organisation().id());
        return new ReservationView(r.id,
                listing == null ? null : new ReservationView.ListingRef(listing.listingId(), listing.title(),
                        listing.unit(), listing.status().name(), listing.stockLotId(),
                        listing.stockLotId() == null ? null : codes.get(listing.stockLotId()), listing.storageSiteId()),
                ref(orgs.get(r.sellerOrganisationId)), ref(orgs.get(r.buyerOrganisationId)), r.buyerUsername,
                r.buyerName, plainDecimal(r.quantity), r.message, r.wishedPickupAt, r.status, r.expiresAt,
                r.rejectReason, r.pickupFrom, r.pickupTo,
                r.handedOverQuantity == null ? null : new ReservationView.Handover(plainDecimal(r.handedOverQuantity),
                        r.handedOverOn, r.destinationProject, r.destinationAddress, r.handedOverBy, outcome),
                seller && active, seller && active, buyer && active, seller && active, r.version, r.createdAt,
                r.updatedAt);
    }

    private static ReservationView.OrganisationRef ref(OrganisationView org) {
        return org == null ? null : new ReservationView.OrganisationRef(org.id(), org.code(), org.name());
    }

    private static Recipient buyer(Reservation r) {
        return new Recipient(r.buyerOrganisationId, r.buyerUsername);
    }

    private static Recipient seller(ListingHold listing) {
        return new Recipient(listing.sellerOrganisationId(), listing.createdBy());
    }

    private static String owner(CurrentUser user) {
        return user.organisation().id() + "/" + user.subject();
    }

    private static String username(CurrentUser user) {
        return user.username() == null ? user.subject() : user.username();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static BigDecimal plainDecimal(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static String plain(BigDecimal value) {
        return plainDecimal(value).toPlainString();
    }

    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
