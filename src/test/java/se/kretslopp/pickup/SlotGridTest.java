package se.kretslopp.pickup;

import org.junit.jupiter.api.Test;
import se.kretslopp.common.Today;
import se.kretslopp.pickup.api.PickupHours;
import se.kretslopp.pickup.api.PickupHours.ClosedDay;
import se.kretslopp.pickup.api.PickupHours.Period;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The slots a store's pickup hours give, and which starts may be booked (pure rules, no stack). */
class SlotGridTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 12, 7);
    private static final LocalDate CHRISTMAS_EVE = LocalDate.of(2026, 12, 24); // a Thursday

    // Monday 07:00–11:00 and 12:00–15:45 (lunch closed), Thursday 07:00–09:00; 45-minute slots
    private static final PickupHours HOURS = new PickupHours(45, 4,
            List.of(new Period(1, LocalTime.of(12, 0), LocalTime.of(15, 45)),
                    new Period(1, LocalTime.of(7, 0), LocalTime.of(11, 0)),
                    new Period(4, LocalTime.of(7, 0), LocalTime.of(9, 0))),
            List.of(new ClosedDay(CHRISTMAS_EVE, "Julafton")));

    private static OffsetDateTime at(LocalDate day, int hour, int minute) {
        return ZonedDateTime.of(day.atTime(hour, minute), Today.ZONE).toOffsetDateTime();
    }

    private static List<String> times(List<SlotGrid.Slot> slots) {
        return slots.stream().map(s -> s.startsAt().atZoneSameInstant(Today.ZONE).toLocalTime() + "–"
                + s.endsAt().atZoneSameInstant(Today.ZONE).toLocalTime()).toList();
    }

    @Test
    void periodsAreCutFromTheirOpeningAndASlotNeverRunsPastClosing() {
        // 07:00–11:00 takes five 45-minute slots (the sixth would end 11:30); 12:00–15:45 takes exactly five
        assertEquals(List.of("07:00–07:45", "07:45–08:30", "08:30–09:15", "09:15–10:00", "10:00–10:45",
                        "12:00–12:45", "12:45–13:30", "13:30–14:15", "14:15–15:00", "15:00–15:45"),
                times(new SlotGrid(HOURS).on(MONDAY)));
        assertEquals(List.of(), new SlotGrid(HOURS).on(MONDAY.plusDays(1)), "closed on Tuesdays");
    }

    @Test
    void aClosedDayHasNoSlots() {
        assertEquals(List.of(), new SlotGrid(HOURS).on(CHRISTMAS_EVE));
        assertEquals(2, new SlotGrid(HOURS).on(CHRISTMAS_EVE.plusDays(7)).size(), "the next Thursday is open");
        // two Mondays (10 each) and two Thursdays (2, and none on Christmas Eve)
        assertEquals(10 + 2 + 10, new SlotGrid(HOURS).between(MONDAY.plusWeeks(2), MONDAY.plusWeeks(2).plusDays(13)).size());
    }

    @Test
    void onlyAComingSlotStartWithinNinetyDaysMayBeBooked() {
        SlotGrid grid = new SlotGrid(HOURS);
        OffsetDateTime now = at(MONDAY, 9, 0);
        assertEquals(SlotGrid.Refusal.PAST, grid.check(at(MONDAY, 8, 30), now).refusal());
        assertEquals(SlotGrid.Refusal.PAST, grid.check(now, now).refusal(), "a slot that starts now has begun");
        assertTrue(grid.check(at(MONDAY, 9, 15), now).slot().isPresent());
        assertEquals(SlotGrid.Refusal.OUTSIDE_HOURS, grid.check(at(MONDAY, 9, 20), now).refusal(), "not a slot start");
        assertEquals(SlotGrid.Refusal.OUTSIDE_HOURS, grid.check(at(MONDAY, 11, 0), now).refusal(), "lunch");
        assertEquals(SlotGrid.Refusal.CLOSED_DAY, grid.check(at(CHRISTMAS_EVE, 7, 0), now).refusal());
        assertEquals(SlotGrid.Refusal.TOO_FAR_AHEAD, grid.check(at(MONDAY.plusWeeks(14), 7, 0), now).refusal());
        assertTrue(grid.check(at(MONDAY.plusWeeks(12), 7, 0), now).slot().isPresent());
    }

    @Test
    void slotsAreSwedishTimeAcrossTheChangeToSummerTime() {
        // 29 March 2026 is a Sunday: clocks go from 02:00 to 03:00; a store open 01:00–04:00 that night
        PickupHours night = new PickupHours(60, 1, List.of(new Period(7, LocalTime.of(1, 0), LocalTime.of(4, 0))),
                List.of());
        List<SlotGrid.Slot> slots = new SlotGrid(night).on(LocalDate.of(2026, 3, 29));
        assertEquals("+01:00", slots.get(0).startsAt().getOffset().toString());
        assertEquals("+02:00", slots.get(slots.size() - 1).startsAt().getOffset().toString());
    }
}
