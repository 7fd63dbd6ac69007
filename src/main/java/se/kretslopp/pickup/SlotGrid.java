package se.kretslopp.pickup;

import se.kretslopp.common.Today;
import se.kretslopp.pickup.api.PickupHours;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The pickup slots a store's hours give, in Swedish time: each opening period of a weekday is cut into slots of
 * the site's length from its opening time (a slot that would run past closing is not offered), on every day that
 * is not a closed day. Pure, so the rules are unit-tested without the stack.
 */
final class SlotGrid {

    /** How far ahead slots are offered and can be booked. */
    static final int DAYS_AHEAD = 90;

    private final PickupHours hours;

    SlotGrid(PickupHours hours) {
        this.hours = hours;
    }

    /** One slot: its start and end. */
    record Slot(OffsetDateTime startsAt, OffsetDateTime endsAt) {
    }

    /** Why a start is not a slot one may book. */
    enum Refusal { PAST, TOO_FAR_AHEAD, CLOSED_DAY, OUTSIDE_HOURS }

    /** The slots that start on the days from {@code from} to {@code to}, both included. */
    List<Slot> between(LocalDate from, LocalDate to) {
        List<Slot> slots = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            slots.addAll(on(day));
        }
        return slots;
    }

    /** The slots of one day (none on a closed day). */
    List<Slot> on(LocalDate day) {
        if (hours.closedDays().stream().anyMatch(c -> c.day().equals(day))) {
            return List.of();
        }
        int length = hours.slotMinutes();
        DayOfWeek weekday = day.getDayOfWeek();
        List<Slot> slots = new ArrayList<>();
        hours.opening().stream()
                .filter(p -> p.weekday() == weekday.getValue())
                .sorted(Comparator.comparing(PickupHours.Period::opens))
                .forEach(period -> {
                    int closes = period.closes().toSecondOfDay() / 60;
                    for (int start = period.opens().toSecondOfDay() / 60; start + length <= closes; start += length) {
                        ZonedDateTime at = day.atTime(LocalTime.ofSecondOfDay(start * 60L)).atZone(Today.ZONE);
                        slots.add(new Slot(at.toOffsetDateTime(), at.plusMinutes(length).toOffsetDateTime()));
                    }
                });
        return slots;
    }

    /** The slot that starts at this instant, or why there is none that may be booked now. */
    Result check(OffsetDateTime startsAt, OffsetDateTime now) {
        if (!startsAt.isAfter(now)) {
            return Result.refused(Refusal.PAST);
        }
        LocalDate day = startsAt.atZoneSameInstant(Today.ZONE).toLocalDate();
        if (day.isAfter(now.atZoneSameInstant(Today.ZONE).toLocalDate().plusDays(DAYS_AHEAD))) {
            return Result.refused(Refusal.TOO_FAR_AHEAD);
        }
        if (hours.closedDays().stream().anyMatch(c -> c.day().equals(day))) {
            return Result.refused(Refusal.CLOSED_DAY);
        }
        return on(day).stream().filter(s -> s.startsAt().isEqual(startsAt)).findFirst()
                .map(Result::slot).orElse(Result.refused(Refusal.OUTSIDE_HOURS));
    }

    record Result(Optional<Slot> slot, Refusal refusal) {
        static Result slot(Slot slot) {
            return new Result(Optional.of(slot), null);
        }

        static Result refused(Refusal refusal) {
            return new Result(Optional.empty(), refusal);
        }
    }
}
