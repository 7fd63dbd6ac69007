package se.kretslopp.delivery;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.ws.rs.core.Response;
import se.kretslopp.climate.ClimateService;
import se.kretslopp.climate.api.EstimateRequest;
import se.kretslopp.common.FieldCode;
import se.kretslopp.common.Idempotency;
import se.kretslopp.common.Message;
import se.kretslopp.common.Page;
import se.kretslopp.common.Problem;
import se.kretslopp.common.ProblemException;
import se.kretslopp.common.ProblemType;
import se.kretslopp.common.Text;
import se.kretslopp.common.Today;
import se.kretslopp.delivery.api.CarrierView;
import se.kretslopp.delivery.api.DeliveryRequest;
import se.kretslopp.delivery.api.DeliveryStatus;
import se.kretslopp.delivery.api.DeliveryView;
import se.kretslopp.identity.CurrentUserService;
import se.kretslopp.identity.PersonService;
import se.kretslopp.identity.api.CurrentUser;
import se.kretslopp.listing.ListingService;
import se.kretslopp.listing.api.ListingView;
import se.kretslopp.notification.NotificationService;
import se.kretslopp.notification.api.NotificationKind;
import se.kretslopp.notification.api.Recipient;
import se.kretslopp.organisation.OrganisationService;
import se.kretslopp.organisation.api.OrganisationKind;
import se.kretslopp.organisation.api.OrganisationView;
import se.kretslopp.pickup.PickupBookingService;
import se.kretslopp.reservation.ReservationService;
import se.kretslopp.reservation.api.ReservationStatus;
import se.kretslopp.reservation.api.ReservationView;

import java.math.BigDecimal;
import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * Deliveries of confirmed reservations: the buyer asks, the carrier (a carrier organisation, or the seller's own
 * when the seller delivers) accepts or declines and moves it on; every step tells the parties. Each change locks the
 * delivery's row and is idempotent with an {@code Idempotency-Key}. The receipt that ends it is
 * {@link DeliveryReceiptService}'s. See docs/deliveries.md.
 */
@ApplicationScoped
public class DeliveryService {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final DeliveryRepository deliveries;
    private final ReservationService reservations;
    private final PickupBookingService pickups;
    private final ListingService listings;
    private final ClimateService climate;
    private final OrganisationService organisations;
    private final PersonService people;
    private final NotificationService notifications;
    private final CurrentUserService users;
    private final Idempotency idempotency;
    private final ReceiptTokens tokens;

    DeliveryService(DeliveryRepository deliveries, ReservationService reservations, PickupBookingService pickups,
                    ListingService listings, ClimateService climate, OrganisationService organisations,
                    PersonService people, NotificationService notifications, CurrentUserService users,
                    Idempotency idempotency, ReceiptTokens tokens) {
        this.deliveries = deliveries;
        this.reservations = reservations;
        this.pickups = pickups;
        this.listings = listings;
        this.climate = climate;
        this.organisations = organisations;
        this.people = people;
        this.notifications = notifications;
        this.users = users;
        this.idempotency = idempotency;
        this.tokens = tokens;
    }

    /** The carrier organisations one may ask. */
    @WithSession
    public Uni<List<CarrierView>> carriers() {
        return organisations.activeOfKind(OrganisationKind.CARRIER)
                .map(found -> found.stream().map(o -> new CarrierView(o.id(), o.code(), o.name())).toList());
    }

    /**
     * The buyer asks for delivery of a confirmed reservation: checks the request, the reservation (the buyer's,
     * confirmed, with no booked pickup and no delivery standing), the carrier; notes what goes and from where (and
     * its mass, by the climate feature); tells the seller and the carrier.
     */
    @WithTransaction
    public Uni<Response> request(DeliveryRequest request, String key) {
        CurrentUser user = users.current();
        return idempotency.once(key, owner(user), "POST", "/api/v1/deliveries", request, () -> {
            checkRequest(request);
            return requestable(request.reservationId(), user)
                    .flatMap(reservation -> carrierOf(request, reservation)
                            .call(carrier -> requireNoPickup(reservation.id()))
                            .call(carrier -> requireNoDelivery(reservation.id()))
                            .flatMap(carrier -> newDelivery(request, reservation, carrier, user)))
                    .call(deliveries::persist)
                    .call(deliveries::flush)
                    .call(d -> tell(d, NotificationKind.DELIVERY_REQUESTED, window(d), user))
                    .flatMap(d -> view(d, user))
                    .map(view -> Response.created(URI.create("/api/v1/deliveries/" + view.id())).entity(view)
                            .build());
        });
    }

    @WithSession
    public Uni<DeliveryView> get(UUID id) {
        CurrentUser user = users.current();
        return deliveries.findById(id).map(d -> readable(d, user)).flatMap(d -> view(d, user));
    }

    /**
     * The deliveries the caller's organisation is party to, newest first: as carrier (the carrier's board), as
     * buyer or as seller; all three when {@code role} is null.
     */
    @WithSession
    public Uni<Page<DeliveryView>> list(String role, DeliveryStatus status, UUID reservationId, int page, int size) {
        CurrentUser user = users.current();
        Parameters params = Parameters.with("org", user.organisation().id());
        StringBuilder where = new StringBuilder(switch (role == null ? "" : role) {
            case "carrier" -> "carrierOrganisationId = :org";
            case "buyer" -> "buyerOrganisationId = :org";
            case "seller" -> "sellerOrganisationId = :org";
            default -> "(carrierOrganisationId = :org or buyerOrganisationId = :org or sellerOrganisationId = :org)";
        });
        if (status != null) {
            where.append(" and status = :status");
            params.and("status", status);
        }
        if (reservationId != null) {
            where.append(" and reservationId = :reservation");
            params.and("reservation", reservationId);
        }
        return deliveries.count(where.toString(), params).flatMap(total -> deliveries
                .find(where.toString(), Sort.descending("createdAt").and("id"), params).page(page, size).list()
                .flatMap(found -> views(found, user)).map(views -> new Page<>(views, page, size, total)));
    }

    @WithTransaction
    public Uni<Response> accept(UUID id, String key) {
        return carrierStep(id, key, "accept", Map.of(), d -> {
            d.accept();
            return Step.of(NotificationKind.DELIVERY_ACCEPTED, "");
        });
    }

    @WithTransaction
    public Uni<Response> decline(UUID id, String reason, String key) {
        return carrierStep(id, key, "decline", Map.of("reason", reason), d -> {
            d.decline(reason.strip());
            return Step.of(NotificationKind.DELIVERY_DECLINED, d.declineReason);
        });
    }

    @WithTransaction
    public Uni<Response> plan(UUID id, OffsetDateTime at, String key) {
        return carrierStep(id, key, "plan", Map.of("plannedAt", at.toString()), d -> {
            d.plan(at.withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MINUTES));
            return Step.of(NotificationKind.DELIVERY_UPDATED, "Planerad / planned: " + local(d.plannedAt));
        });
    }

    @WithTransaction
    public Uni<Response> depart(UUID id, String key) {
        return carrierStep(id, key, "depart", Map.of(), d -> {
            d.depart();
            return Step.of(NotificationKind.DELIVERY_UPDATED, "På väg / on the way");
        });
    }

    @WithTransaction
    public Uni<Response> deliver(UUID id, BigDecimal drivenKm, String key) {
        return carrierStep(id, key, "deliver", drivenKm == null ? Map.of() : Map.of("drivenKm", drivenKm), d -> {
            d.deliver(drivenKm);
            return Step.of(NotificationKind.DELIVERY_UPDATED, "Levererad / delivered");
        });
    }

    /** The buyer takes the request back before the carrier sets out. */
    @WithTransaction
    public Uni<Response> cancel(UUID id, String key) {
        CurrentUser user = users.current();
        return changing(id, key, "cancel", Map.of(), user, d -> {
            if (!d.buyerOrganisationId.equals(user.organisation().id())) {
                throw new ProblemException(ProblemType.FORBIDDEN, Message.of("detail.delivery.buyerCancels"));
            }
            d.cancel();
            return Step.of(NotificationKind.DELIVERY_UPDATED, "Avbokad / cancelled");
        });
    }

    /**
     * The receipt token of a delivery note, for one who may read the delivery (its hash is stored again should the
     * key have changed since the delivery was asked for), with what the note prints.
     */
    @WithTransaction
    public Uni<DeliveryNotePdf.Note> note(UUID id) {
        CurrentUser user = users.current();
        return deliveries.findById(id).map(d -> readable(d, user)).flatMap(d -> {
            String token = tokens.token(d.id);
            String hash = ReceiptTokens.hash(token);
            if (!hash.equals(d.receiptTokenHash)) {
                d.receiptTokenHash = hash;
            }
            return view(d, user).map(view -> new DeliveryNotePdf.Note(view, tokens.url(token), local(view.createdAt())));
        });
    }

    // ---- steps ----------------------------------------------------------------------------------------------------

    /** What a step tells the parties. */
    record Step(NotificationKind kind, String detail) {
        static Step of(NotificationKind kind, String detail) {
            return new Step(kind, detail);
        }
    }

    private Uni<Response> carrierStep(UUID id, String key, String action, Object request, Function<Delivery, Step> step) {
        CurrentUser user = users.current();
        return changing(id, key, action, request, user, d -> {
            if (!d.carrierOrganisationId.equals(user.organisation().id())) {
                throw new ProblemException(ProblemType.FORBIDDEN, Message.of("detail.delivery.carrierOnly"));
            }
            return step.apply(d);
        });
    }

    /** One change of a delivery: idempotent, under the row's lock, refused (404) to all but its three parties. */
    private Uni<Response> changing(UUID id, String key, String action, Object request, CurrentUser user,
                                   Function<Delivery, Step> change) {
        return idempotency.once(key, owner(user), "POST", "/api/v1/deliveries/" + id + "/" + action, request,
                () -> deliveries.findById(id, LockModeType.PESSIMISTIC_WRITE).map(d -> readable(d, user))
                        .flatMap(d -> {
                            Step step = change.apply(d);
                            d.updatedAt = now();
                            d.version++;
                            return deliveries.flush().call(v -> tell(d, step.kind(), step.detail(), user))
                                    .flatMap(v -> view(d, user));
                        })
                        .map(view -> Response.ok(view).build()));
    }

    // ---- a new delivery -------------------------------------------------------------------------------------------

    private static void checkRequest(DeliveryRequest request) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (!request.windowTo().isAfter(request.windowFrom())) {
            errors.add(Problem.FieldError.of("windowTo", FieldCode.BEFORE_OTHER, "field.after", "windowFrom")
                    .withOther("windowFrom"));
        } else if (request.windowTo().isBefore(OffsetDateTime.now())) {
            errors.add(Problem.FieldError.of("windowTo", FieldCode.IN_PAST, "field.inPast"));
        }
        if ((request.address().latitude() == null) != (request.address().longitude() == null)) {
            String missing = request.address().latitude() == null ? "address.latitude" : "address.longitude";
            errors.add(Problem.FieldError.of(missing, FieldCode.REQUIRED_TOGETHER, "field.delivery.position"));
        }
        boolean seller = Boolean.TRUE.equals(request.sellerDelivers());
        if (seller == (request.carrierOrganisationId() != null)) {
            errors.add(Problem.FieldError.of("carrierOrganisationId", FieldCode.REQUIRED_ONE_OF,
                    "field.delivery.carrier"));
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.UNPROCESSABLE, Message.of("detail.delivery.invalid"), errors);
        }
    }

    /** The reservation to deliver: the caller's organisation's as buyer, and confirmed. */
    private Uni<ReservationView> requestable(UUID reservationId, CurrentUser user) {
        return reservations.get(reservationId)
                .onFailure(e -> e instanceof ProblemException p && p.problem().status() == 404)
                .transform(e -> new ProblemException(ProblemType.UNPROCESSABLE, Message.of("notFound.reservation"),
                        List.of(Problem.FieldError.of("reservationId", FieldCode.UNKNOWN_REFERENCE,
                                "field.delivery.reservation"))))
                .map(reservation -> {
                    if (!reservation.buyer().id().equals(user.organisation().id())) {
                        throw new ProblemException(ProblemType.FORBIDDEN, Message.of("detail.delivery.buyerOnly"));
                    }
                    if (reservation.status() != ReservationStatus.CONFIRMED) {
                        throw new ProblemException(ProblemType.CONFLICT, Message.of("detail.delivery.notConfirmed",
                                reservation.status().name()), List.of(Problem.FieldError.of("reservationId",
                                FieldCode.NOT_APPLICABLE, "field.delivery.notConfirmed")));
                    }
                    return reservation;
                });
    }

    /** The organisation that carries: the named carrier organisation, or the seller's. */
    private Uni<UUID> carrierOf(DeliveryRequest request, ReservationView reservation) {
        if (request.carrierOrganisationId() == null) {
            return Uni.createFrom().item(reservation.seller().id());
        }
        return organisations.findByIds(Set.of(request.carrierOrganisationId())).map(found -> {
            OrganisationView carrier = found.get(request.carrierOrganisationId());
            if (carrier == null || !carrier.active() || !OrganisationKind.CARRIER.name().equals(carrier.kind())) {
                throw new ProblemException(ProblemType.UNPROCESSABLE, Message.of("detail.delivery.noSuchCarrier"),
                        List.of(Problem.FieldError.of("carrierOrganisationId", FieldCode.UNKNOWN_REFERENCE,
                                "field.delivery.noSuchCarrier")));
            }
            return carrier.id();
        });
    }

    private Uni<Void> requireNoPickup(UUID reservationId) {
        return pickups.get(reservationId).map(booking -> true)
                .onFailure(e -> e instanceof ProblemException p && p.problem().status() == 404).recoverWithItem(false)
                .map(booked -> {
                    if (booked) {
                        throw new ProblemException(ProblemType.CONFLICT, Message.of("detail.delivery.pickupBooked"),
                                List.of(Problem.FieldError.of("reservationId", FieldCode.EXCLUSIVE,
                                        "field.delivery.pickupBooked")));
                    }
                    return null;
                });
    }

    private Uni<Void> requireNoDelivery(UUID reservationId) {
        return deliveries.count("reservationId = ?1 and status in ?2", reservationId, Delivery.ACTIVE).map(n -> {
            if (n > 0) {
                throw new ProblemException(ProblemType.CONFLICT, Message.of("detail.delivery.exists"),
                        List.of(Problem.FieldError.of("reservationId", FieldCode.TAKEN, "field.delivery.exists")));
            }
            return null;
        });
    }

    private Uni<Delivery> newDelivery(DeliveryRequest request, ReservationView reservation, UUID carrier,
                                      CurrentUser user) {
        Delivery d = new Delivery();
        d.id = UUID.randomUUID();
        d.reservationId = reservation.id();
        d.buyerOrganisationId = reservation.buyer().id();
        d.sellerOrganisationId = reservation.seller().id();
        d.carrierOrganisationId = carrier;
        d.sellerDelivers = request.carrierOrganisationId() == null;
        d.status = DeliveryStatus.REQUESTED;
        d.streetAddress = request.address().streetAddress().strip();
        d.postalCode = Text.blankToNull(request.address().postalCode());
        d.city = request.address().city().strip();
        d.latitude = request.address().latitude();
        d.longitude = request.address().longitude();
        d.windowFrom = request.windowFrom();
        d.windowTo = request.windowTo();
        d.contactName = request.contact().name().strip();
        d.contactPhone = request.contact().phone().strip();
        d.instructions = Text.blankToNull(request.instructions());
        d.listingTitle = reservation.listing().title();
        d.quantity = reservation.quantity();
        d.unit = reservation.listing().unit();
        d.lotCode = reservation.listing().lotCode();
        d.sourceKind = reservation.listing().storageSiteId() != null ? "STORE" : "SITE";
        d.receiptTokenHash = ReceiptTokens.hash(tokens.token(d.id));
        d.requestedBy = username(user);
        d.createdAt = now();
        d.updatedAt = d.createdAt;
        return listings.get(reservation.listing().id())
                .onFailure(ProblemException.class).recoverWithNull()
                .flatMap(listing -> {
                    if (listing != null && listing.location() != null) {
                        var at = listing.location();
                        d.sourceAddress = Text.blankToNull(String.join(", ", java.util.stream.Stream.of(
                                at.streetAddress(), join(at.postalCode(), at.city()))
                                .filter(s -> s != null && !s.isBlank()).toList()));
                        d.sourceLatitude = at.latitude();
                        d.sourceLongitude = at.longitude();
                    }
                    d.distanceKm = Distances.roadKm(d.sourceLatitude, d.sourceLongitude, d.latitude, d.longitude);
                    return mass(listing, reservation.quantity());
                })
                .map(mass -> {
                    d.massKg = mass;
                    return d;
                });
    }

    /** The mass of what goes, as the climate feature reckons it (own weight, else the product's conversions). */
    private Uni<BigDecimal> mass(ListingView listing, BigDecimal quantity) {
        if (listing == null) {
            return Uni.createFrom().nullItem();
        }
        var d = listing.dimensions();
        EstimateRequest request = new EstimateRequest(listing.category() == null ? null : listing.category().id(),
                listing.material(), quantity, EstimateRequest.Unit.valueOf(listing.unit().name()),
                d == null ? null : new EstimateRequest.Dimensions(d.lengthMm(), d.widthMm(), d.heightMm()),
                listing.weightPerUnitKg(), null);
        return climate.estimate(request).map(savings -> savings.massKg() == null ? null
                        : savings.massKg().setScale(3, java.math.RoundingMode.HALF_UP))
                .onFailure(ProblemException.class).recoverWithNull();
    }

    // ---- telling and showing --------------------------------------------------------------------------------------

    /** Tells buyer, seller and the carrier's people of a step (not the one who took it). */
    Uni<Void> tell(Delivery d, NotificationKind kind, String detail, CurrentUser actor) {
        Uni<List<String>> carrierPeople = d.sellerDelivers ? Uni.createFrom().item(List.of())
                : people.usernames(d.carrierOrganisationId);
        return reservations.parties(d.reservationId).flatMap(parties -> carrierPeople.flatMap(names -> {
            List<Recipient> recipients = new ArrayList<>(parties);
            names.forEach(name -> recipients.add(new Recipient(d.carrierOrganisationId, name)));
            recipients.removeIf(r -> r.organisationId().equals(actor.organisation().id())
                    && r.username() != null && r.username().equals(username(actor)));
            return notifications.notifyLatest(recipients, kind, d.reservationId, d.listingTitle, d.quantity,
                    d.unit, detail == null || detail.isBlank() ? null : detail);
        }));
    }

    static Delivery readable(Delivery d, CurrentUser user) {
        UUID org = user.organisation().id();
        if (d == null || !(org.equals(d.buyerOrganisationId) || org.equals(d.sellerOrganisationId)
                || org.equals(d.carrierOrganisationId))) {
            throw new ProblemException(ProblemType.NOT_FOUND, Message.of("notFound.delivery"));
        }
        return d;
    }

    Uni<DeliveryView> view(Delivery d, CurrentUser user) {
        return views(List.of(d), user).map(list -> list.get(0));
    }

    private Uni<List<DeliveryView>> views(List<Delivery> found, CurrentUser user) {
        Set<UUID> ids = new HashSet<>();
        found.forEach(d -> {
            ids.add(d.buyerOrganisationId);
            ids.add(d.sellerOrganisationId);
            ids.add(d.carrierOrganisationId);
        });
        return organisations.findByIds(ids).map(orgs -> found.stream().map(d -> toView(d, orgs, user)).toList());
    }

    private static DeliveryView toView(Delivery d, Map<UUID, OrganisationView> orgs, CurrentUser user) {
        UUID org = user.organisation().id();
        boolean carrier = org.equals(d.carrierOrganisationId);
        boolean buyer = org.equals(d.buyerOrganisationId);
        DeliveryStatus s = d.status;
        var may = new DeliveryView.Actions(carrier && s == DeliveryStatus.REQUESTED,
                carrier && s == DeliveryStatus.REQUESTED,
                carrier && (s == DeliveryStatus.ACCEPTED || s == DeliveryStatus.PLANNED),
                carrier && s == DeliveryStatus.PLANNED, carrier && s == DeliveryStatus.ON_THE_WAY,
                buyer && Delivery.RECEIVABLE.contains(s) && d.receivedAt == null,
                buyer && (s == DeliveryStatus.REQUESTED || s == DeliveryStatus.ACCEPTED || s == DeliveryStatus.PLANNED));
        return new DeliveryView(d.id, d.reservationId, s, party(orgs.get(d.buyerOrganisationId)),
                party(orgs.get(d.sellerOrganisationId)), party(orgs.get(d.carrierOrganisationId)), d.sellerDelivers,
                new DeliveryRequest.Address(d.streetAddress, d.postalCode, d.city, d.latitude, d.longitude),
                d.windowFrom, d.windowTo, new DeliveryRequest.Contact(d.contactName, d.contactPhone), d.instructions,
                new DeliveryView.Goods(d.listingTitle, plain(d.quantity), d.unit, d.massKg == null ? null
                        : plain(d.massKg), d.lotCode),
                new DeliveryView.Source(d.sourceKind, d.sourceAddress, d.sourceLatitude, d.sourceLongitude),
                d.distanceKm, d.drivenKm, d.declineReason, d.plannedAt, d.receivedAt, d.receivedBy, d.requestedBy,
                may, d.version, d.createdAt, d.updatedAt);
    }

    private static DeliveryView.Party party(OrganisationView org) {
        return org == null ? null : new DeliveryView.Party(org.id(), org.code(), org.name());
    }

    private static String window(Delivery d) {
        return local(d.windowFrom) + "–" + d.windowTo.atZoneSameInstant(Today.ZONE).toLocalTime().toString();
    }

    static String local(OffsetDateTime at) {
        return at.atZoneSameInstant(Today.ZONE).format(WHEN);
    }

    private static String join(String a, String b) {
        return a == null || a.isBlank() ? b : b == null || b.isBlank() ? a : a + " " + b;
    }

    static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    static String owner(CurrentUser user) {
        return user.organisation().id() + "/" + user.subject();
    }

    static String username(CurrentUser user) {
        return user.username() == null ? user.subject() : user.username();
    }

    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
