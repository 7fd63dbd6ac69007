package se.kretslopp.pickup;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import se.kretslopp.common.FieldCode;
import se.kretslopp.common.Message;
import se.kretslopp.common.Problem;
import se.kretslopp.common.ProblemException;
import se.kretslopp.common.ProblemType;
import se.kretslopp.common.Today;
import se.kretslopp.identity.CurrentUserService;
import se.kretslopp.identity.api.CurrentUser;
import se.kretslopp.notification.api.NotificationKind;
import se.kretslopp.pickup.api.PickupBooking;
import se.kretslopp.pickup.api.PickupDay;
import se.kretslopp.reservation.ReservationService;
import se.kretslopp.reservation.api.ReservationStatus;
import se.kretslopp.reservation.api.ReservationView;
import se.kretslopp.storage.SiteService;
import se.kretslopp.storage.StockService;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Booking a pickup slot for a confirmed reservation of a stored lot, moving and cancelling it, and a store's
 * pickups of a day. Buyer and seller may both book (a seller's booking is a proposal the buyer can move).
 *
 * <p>A slot never takes more than its capacity: a booking is one conditional upsert of the slot's row
 * ({@code booked < capacity}), so of any number of concurrent bookings exactly as many as fit succeed. A move
 * changes two slot rows, always in time order, so two moves that cross cannot deadlock.
 */
@ApplicationScoped
public class PickupBookingService {

    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final PickupHoursService hours;
    private final ReservationService reservations;
    private final StockService stock;
    private final SiteService sites;
    private final CurrentUserService users;

    PickupBookingService(PickupHoursService hours, ReservationService reservations, StockService stock,
                         SiteService sites, CurrentUserService users) {
        this.hours = hours;
        this.reservations = reservations;
        this.stock = stock;
        this.sites = sites;
        this.users = users;
    }

    /** The reservation's booked pickup (404 when none, or when the reader may not see the reservation). */
    @WithSession
    public Uni<PickupBooking> get(UUID reservationId) {
        return reservations.get(reservationId).flatMap(r -> booked(reservationId))
                .map(found -> found.orElseThrow(PickupBookingService::noBooking));
    }

    /** Books the slot, or moves the booking there; booking the slot it already has changes nothing. */
    @WithTransaction
    public Uni<PickupBooking> book(UUID reservationId, OffsetDateTime startsAt) {
        CurrentUser user = users.current();
        return reservations.get(reservationId).flatMap(reservation -> {
            UUID siteId = requireBookable(reservation);
            boolean bySeller = reservation.seller() != null
                    && !user.organisation().id().equals(reservation.buyer().id());
            return hours.find(siteId).flatMap(found -> {
                var grid = new SlotGrid(found.orElseThrow(() -> new ProblemException(ProblemType.CONFLICT,
                        Message.of("detail.pickup.noHours"))));
                SlotGrid.Result result = grid.check(startsAt, OffsetDateTime.now());
                SlotGrid.Slot slot = result.slot().orElseThrow(() -> refused(result.refusal()));
                int capacity = found.get().capacity();
                return lockBooked(reservationId).flatMap(current -> {
                    if (current.isPresent() && current.get().startsAt().toInstant().equals(slot.startsAt().toInstant())) {
                        return Uni.createFrom().item(current.get());
                    }
                    Uni<Void> slots = current.isEmpty() ? take(siteId, slot, capacity)
                            : current.get().startsAt().isBefore(slot.startsAt())
                            ? giveBack(current.get()).chain(() -> take(siteId, slot, capacity))
                            : take(siteId, slot, capacity).chain(() -> giveBack(current.get()));
                    Uni<Void> ended = current.isEmpty() ? Uni.createFrom().voidItem()
                            : end(current.get(), "MOVED");
                    return slots.chain(() -> ended)
                            .chain(() -> insert(reservationId, siteId, slot, user, bySeller))
                            .call(booking -> current.isPresent() ? Uni.createFrom().voidItem()
                                    : reservations.tellParties(reservationId, NotificationKind.PICKUP_BOOKED,
                                    describe(booking)));
                });
            });
        });
    }

    /** Cancels the reservation's booked pickup and gives the slot back. */
    @WithTransaction
    public Uni<Void> cancel(UUID reservationId) {
        return reservations.get(reservationId).flatMap(r -> lockBooked(reservationId))
                .flatMap(found -> {
                    PickupBooking booking = found.orElseThrow(PickupBookingService::noBooking);
                    return giveBack(booking).chain(() -> end(booking, "CANCELLED"));
                });
    }

    /** The site's pickups of a day with where each lot lies: the operators' pick list. */
    @WithSession
    public Uni<PickupDay> day(UUID siteId, LocalDate day) {
        return sites.runs(siteId).flatMap(runs -> {
            if (!runs) {
                throw new ProblemException(ProblemType.NOT_FOUND, Message.of("notFound.storageSite"));
            }
            return Panache.getSession().flatMap(session -> session.createNativeQuery(
                            "select reservation_id from pickup_booking where site_id = :site and status = 'BOOKED'"
                                    + " and starts_at >= :from and starts_at < :to order by starts_at, created_at",
                            UUID.class)
                    .setParameter("site", siteId)
                    .setParameter("from", day.atStartOfDay(Today.ZONE).toOffsetDateTime())
                    .setParameter("to", day.plusDays(1).atStartOfDay(Today.ZONE).toOffsetDateTime())
                    .getResultList());
        }).flatMap(ids -> Multi.createFrom().iterable(ids) // one after the other: one session
                .onItem().transformToUniAndConcatenate(this::pickup)
                .collect().asList()
                .map(pickups -> new PickupDay(siteId, day, pickups)));
    }

    private Uni<PickupDay.Pickup> pickup(UUID reservationId) {
        return booked(reservationId).flatMap(found -> reservations.get(reservationId).flatMap(r -> {
            PickupBooking b = found.orElseThrow();
            UUID lotId = r.listing().stockLotId();
            Uni<List<PickupDay.Place>> places = lotId == null ? Uni.createFrom().item(List.of())
                    : stock.get(lotId).map(lot -> lot.locations().stream()
                    .map(p -> new PickupDay.Place(p.code(), p.onHand())).toList());
            return places.map(where -> new PickupDay.Pickup(b.startsAt(), b.endsAt(), r.id(), r.status().name(),
                    r.listing().title(), r.quantity(), r.listing().unit(),
                    r.buyer() == null ? null : r.buyer().name(), r.buyerName(), lotId, r.listing().lotCode(), where));
        }));
    }

    // ---- rows -----------------------------------------------------------------------------------------------------

    private static UUID requireBookable(ReservationView reservation) {
        if (reservation.listing().storageSiteId() == null) {
            throw new ProblemException(ProblemType.CONFLICT, Message.of("detail.pickup.notStored"));
        }
        if (reservation.status() != ReservationStatus.CONFIRMED) {
            throw new ProblemException(ProblemType.CONFLICT, Message.of("detail.pickup.onlyConfirmed",
                    reservation.status().name()));
        }
        return reservation.listing().storageSiteId();
    }

    private static ProblemException refused(SlotGrid.Refusal refusal) {
        Problem.FieldError error = switch (refusal) {
            case PAST -> Problem.FieldError.of("startsAt", FieldCode.IN_PAST, "field.inPast");
            case TOO_FAR_AHEAD -> Problem.FieldError.of("startsAt", FieldCode.TOO_FAR_AHEAD, "field.tooFarAhead",
                    SlotGrid.DAYS_AHEAD).withMax(SlotGrid.DAYS_AHEAD);
            case CLOSED_DAY -> Problem.FieldError.of("startsAt", FieldCode.OUTSIDE_HOURS, "field.closedDay");
            case OUTSIDE_HOURS -> Problem.FieldError.of("startsAt", FieldCode.OUTSIDE_HOURS, "field.outsideHours");
        };
        return new ProblemException(ProblemType.UNPROCESSABLE, Message.of("detail.pickup.notASlot"), List.of(error));
    }

    /** Counts one more booking in the slot, or answers 409 when it is full. */
    private Uni<Void> take(UUID siteId, SlotGrid.Slot slot, int capacity) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery(
                        "insert into pickup_slot (site_id, starts_at, capacity, booked) values (:site, :at, :capacity, 1)"
                                + " on conflict (site_id, starts_at) do update set booked = pickup_slot.booked + 1,"
                                + " capacity = greatest(excluded.capacity, pickup_slot.booked + 1)"
                                + " where pickup_slot.booked < excluded.capacity returning booked", Integer.class)
                .setParameter("site", siteId).setParameter("at", slot.startsAt()).setParameter("capacity", capacity)
                .getResultList())
                .map(rows -> {
                    if (rows.isEmpty()) {
                        throw new ProblemException(ProblemType.CONFLICT, Message.of("detail.pickup.full"),
                                List.of(Problem.FieldError.of("startsAt", FieldCode.SLOT_FULL, "field.slotFull")
                                        .withMax(capacity)));
                    }
                    return null;
                });
    }

    private Uni<Void> giveBack(PickupBooking booking) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery(
                        "update pickup_slot set booked = booked - 1 where site_id = :site and starts_at = :at")
                .setParameter("site", booking.siteId()).setParameter("at", booking.startsAt()).executeUpdate())
                .replaceWithVoid();
    }

    private Uni<Void> end(PickupBooking booking, String status) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery(
                        "update pickup_booking set status = :status, ended_at = now()"
                                + " where reservation_id = :reservation and status = 'BOOKED'")
                .setParameter("status", status).setParameter("reservation", booking.reservationId()).executeUpdate())
                .replaceWithVoid();
    }

    private Uni<PickupBooking> insert(UUID reservationId, UUID siteId, SlotGrid.Slot slot, CurrentUser user,
                                      boolean bySeller) {
        OffsetDateTime now = OffsetDateTime.now();
        return Panache.getSession().flatMap(session -> session.createNativeQuery(
                        "insert into pickup_booking (id, reservation_id, site_id, starts_at, ends_at, status,"
                                + " booked_by_organisation_id, booked_by, by_seller, created_at) values (:id,"
                                + " :reservation, :site, :starts, :ends, 'BOOKED', :org, :by, :bySeller, :now)")
                .setParameter("id", UUID.randomUUID()).setParameter("reservation", reservationId)
                .setParameter("site", siteId).setParameter("starts", slot.startsAt())
                .setParameter("ends", slot.endsAt()).setParameter("org", user.organisation().id())
                .setParameter("by", user.username()).setParameter("bySeller", bySeller).setParameter("now", now)
                .executeUpdate())
                .map(n -> new PickupBooking(reservationId, siteId, slot.startsAt(), slot.endsAt(), bySeller,
                        user.username(), now));
    }

    private Uni<Optional<PickupBooking>> lockBooked(UUID reservationId) {
        return select(reservationId, " for update");
    }

    private Uni<Optional<PickupBooking>> booked(UUID reservationId) {
        return select(reservationId, "");
    }

    private Uni<Optional<PickupBooking>> select(UUID reservationId, String lock) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery(
                        "select site_id, starts_at, ends_at, by_seller, booked_by, created_at from pickup_booking"
                                + " where reservation_id = :reservation and status = 'BOOKED'" + lock, Object[].class)
                .setParameter("reservation", reservationId).getResultList())
                .map(rows -> rows.stream().findFirst().map(row -> new PickupBooking(reservationId, (UUID) row[0],
                        at(row[1]), at(row[2]), (Boolean) row[3], (String) row[4], at(row[5]))));
    }

    static OffsetDateTime at(Object value) {
        return PickupHoursService.instant(value).atZone(Today.ZONE).toOffsetDateTime();
    }

    static String describe(PickupBooking booking) {
        return booking.startsAt().atZoneSameInstant(Today.ZONE).format(DAY_TIME) + "–"
                + booking.endsAt().atZoneSameInstant(Today.ZONE).format(TIME);
    }

    static ProblemException noBooking() {
        return new ProblemException(ProblemType.NOT_FOUND, Message.of("notFound.pickupBooking"));
    }
}
