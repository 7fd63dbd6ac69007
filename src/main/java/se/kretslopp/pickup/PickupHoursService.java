package se.kretslopp.pickup;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import se.kretslopp.common.FieldCode;
import se.kretslopp.common.Message;
import se.kretslopp.common.Problem;
import se.kretslopp.common.ProblemException;
import se.kretslopp.common.ProblemType;
import se.kretslopp.common.Today;
import se.kretslopp.identity.CurrentUserService;
import se.kretslopp.pickup.api.PickupHours;
import se.kretslopp.pickup.api.PickupSlot;
import se.kretslopp.storage.SiteService;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A store's pickup hours and the slots they give. The operators of a site set its hours; anyone signed in reads
 * them and the free slots (a builder picking a time), as a shop's opening hours are public. A site without
 * published hours has no slots: it answers 404 to everyone but its operators.
 */
@ApplicationScoped
public class PickupHoursService {

    private static final TypeReference<List<PickupHours.Period>> PERIODS = new TypeReference<>() {
    };
    private static final TypeReference<List<PickupHours.ClosedDay>> CLOSED = new TypeReference<>() {
    };

    private final SiteService sites;
    private final CurrentUserService users;
    private final ObjectMapper json;

    PickupHoursService(SiteService sites, CurrentUserService users, ObjectMapper json) {
        this.sites = sites;
        this.users = users;
        this.json = json;
    }

    @WithSession
    public Uni<PickupHours> get(UUID siteId) {
        return find(siteId).flatMap(found -> found.isPresent() ? Uni.createFrom().item(found.get())
                : sites.runs(siteId).map(runs -> {
                    if (runs) {
                        throw new ProblemException(ProblemType.NOT_FOUND, Message.of("detail.pickup.noHoursYet"));
                    }
                    throw notFound();
                }));
    }

    /** Replaces the site's pickup hours (its operators only); booked slots stay booked. */
    @WithTransaction
    public Uni<PickupHours> put(UUID siteId, PickupHours hours) {
        check(hours);
        return sites.runs(siteId).flatMap(runs -> {
            if (!runs) {
                return find(siteId).map(found -> {
                    throw found.isPresent() ? new ProblemException(ProblemType.FORBIDDEN,
                            Message.of("detail.storage.storageOperatorsAdminsOperating")) : notFound();
                });
            }
            List<PickupHours.Period> opening = hours.opening().stream()
                    .sorted(Comparator.comparing(PickupHours.Period::weekday).thenComparing(PickupHours.Period::opens))
                    .toList();
            List<PickupHours.ClosedDay> closed = hours.closedDays().stream()
                    .sorted(Comparator.comparing(PickupHours.ClosedDay::day)).toList();
            return Panache.getSession().flatMap(session -> session.createNativeQuery(
                            "insert into pickup_hours (site_id, slot_minutes, capacity, opening, closed_days, updated_by)"
                                    + " values (:site, :minutes, :capacity, cast(cast(:opening as text) as jsonb),"
                                    + " cast(cast(:closed as text) as jsonb), :by) on conflict (site_id) do update set"
                                    + " slot_minutes = excluded.slot_minutes, capacity = excluded.capacity,"
                                    + " opening = excluded.opening, closed_days = excluded.closed_days,"
                                    + " updated_by = excluded.updated_by, updated_at = now(),"
                                    + " version = pickup_hours.version + 1")
                    .setParameter("site", siteId).setParameter("minutes", hours.slotMinutes())
                    .setParameter("capacity", hours.capacity()).setParameter("opening", write(opening))
                    .setParameter("closed", write(closed)).setParameter("by", users.current().username())
                    .executeUpdate())
                    .map(n -> new PickupHours(hours.slotMinutes(), hours.capacity(), opening, closed));
        });
    }

    /**
     * The slots from {@code from} to {@code to} (at most 31 days), with what is still free in each: only coming
     * ones, and none further ahead than a booking may be ({@link SlotGrid#DAYS_AHEAD}).
     */
    @WithSession
    public Uni<List<PickupSlot>> slots(UUID siteId, LocalDate from, LocalDate to) {
        return get(siteId).flatMap(hours -> Panache.getSession().flatMap(session -> session.createNativeQuery(
                                "select starts_at, booked from pickup_slot where site_id = :site"
                                        + " and starts_at >= :from and starts_at < :to", Object[].class)
                        .setParameter("site", siteId)
                        .setParameter("from", from.atStartOfDay(Today.ZONE).toOffsetDateTime())
                        .setParameter("to", to.plusDays(1).atStartOfDay(Today.ZONE).toOffsetDateTime())
                        .getResultList())
                .map(rows -> {
                    Map<java.time.Instant, Integer> booked = new HashMap<>();
                    for (Object[] row : rows) {
                        booked.put(instant(row[0]), ((Number) row[1]).intValue());
                    }
                    OffsetDateTime now = OffsetDateTime.now();
                    // no slot beyond what may be booked: a listed slot is one a buyer can take
                    LocalDate last = now.atZoneSameInstant(Today.ZONE).toLocalDate().plusDays(SlotGrid.DAYS_AHEAD);
                    return new SlotGrid(hours).between(from, to.isAfter(last) ? last : to).stream()
                            .filter(slot -> slot.startsAt().isAfter(now))
                            .map(slot -> new PickupSlot(slot.startsAt(), slot.endsAt(), hours.capacity(),
                                    Math.max(0, hours.capacity()
                                            - booked.getOrDefault(slot.startsAt().toInstant(), 0))))
                            .toList();
                }));
    }

    /** The site's hours if published, in the caller's session. */
    Uni<Optional<PickupHours>> find(UUID siteId) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery(
                        "select slot_minutes, capacity, cast(opening as text), cast(closed_days as text)"
                                + " from pickup_hours where site_id = :site", Object[].class)
                .setParameter("site", siteId).getResultList())
                .map(rows -> rows.stream().findFirst().map(row -> new PickupHours(((Number) row[0]).intValue(),
                        ((Number) row[1]).intValue(), read((String) row[2], PERIODS), read((String) row[3], CLOSED))));
    }

    static java.time.Instant instant(Object value) {
        if (value instanceof OffsetDateTime at) {
            return at.toInstant();
        }
        if (value instanceof java.time.Instant at) {
            return at;
        }
        if (value instanceof java.time.ZonedDateTime at) {
            return at.toInstant();
        }
        return ((java.time.LocalDateTime) value).atZone(java.time.ZoneOffset.UTC).toInstant();
    }

    /** The rules Bean Validation cannot say: each period ends after it starts, periods of a day do not overlap. */
    static void check(PickupHours hours) {
        List<Problem.FieldError> errors = new ArrayList<>();
        List<PickupHours.Period> opening = hours.opening();
        for (int i = 0; i < opening.size(); i++) {
            PickupHours.Period p = opening.get(i);
            if (!p.closes().isAfter(p.opens())) {
                errors.add(Problem.FieldError.of("opening[" + i + "].closes", FieldCode.BEFORE_OTHER,
                        "field.after", "opens").withOther("opens"));
                continue;
            }
            for (int j = 0; j < i; j++) {
                PickupHours.Period q = opening.get(j);
                if (q.weekday().equals(p.weekday()) && q.closes().isAfter(q.opens())
                        && p.opens().isBefore(q.closes()) && q.opens().isBefore(p.closes())) {
                    errors.add(Problem.FieldError.of("opening[" + i + "].opens", FieldCode.OVERLAPS,
                            "field.overlaps", "opening[" + j + "]").withOther("opening[" + j + "]"));
                }
            }
        }
        Set<LocalDate> days = new HashSet<>();
        for (int i = 0; i < hours.closedDays().size(); i++) {
            if (!days.add(hours.closedDays().get(i).day())) {
                errors.add(Problem.FieldError.of("closedDays[" + i + "].day", FieldCode.TAKEN, "field.duplicate"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION, Message.of("detail.pickup.hoursInvalid"), errors);
        }
    }

    static ProblemException notFound() {
        return new ProblemException(ProblemType.NOT_FOUND, Message.of("notFound.pickupHours"));
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private <T> T read(String text, TypeReference<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("pickup_hours holds JSON it did not write", e);
        }
    }
}
