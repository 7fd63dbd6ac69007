package se.kretslopp.pickup;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import se.kretslopp.testsupport.Ledger;
import se.kretslopp.testsupport.Reservations;
import se.kretslopp.testsupport.Stock;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.kretslopp.testsupport.Api.anna;
import static se.kretslopp.testsupport.Api.johan;
import static se.kretslopp.testsupport.Api.lars;
import static se.kretslopp.testsupport.Api.olle;
import static se.kretslopp.testsupport.Api.sara;

/**
 * Pickup slots at a store (issue 21, item 2): hours published by the operators, slots booked by buyer or seller for
 * confirmed reservations of stored lots, never more than a slot's capacity, moved and cancelled, the day's pick
 * list and the reminder the day before; other organisations are told the reservation does not exist.
 */
@QuarkusTest
class PickupSlotsTest {

    @Inject
    PickupReminders reminders;

    /** A store open every day 00:00–23:30 in 30-minute slots of the given capacity, with a lot of 300 listed. */
    private record Store(UUID site, UUID lot, UUID listing) {
    }

    private static Store store(String name, int capacity) {
        Stock.Site site = Stock.newSite(name);
        UUID lot = Stock.receive(site.id(), site.a(), 300);
        String listing = lars().body(Map.of("quantity", 300, "price", Map.of("kind", "FREE"), "visibility", "PUBLIC"))
                .post("/api/v1/storage/lots/" + lot + "/publish").then().statusCode(201).extract().path("id");
        List<Map<String, Object>> opening = new ArrayList<>();
        for (int day = 1; day <= 7; day++) {
            opening.add(Map.of("weekday", day, "opens", "00:00", "closes", "23:30"));
        }
        lars().body(Map.of("slotMinutes", 30, "capacity", capacity, "opening", opening, "closedDays", List.of()))
                .put("/api/v1/storage/sites/" + site.id() + "/pickup/hours").then().statusCode(200);
        return new Store(site.id(), lot, UUID.fromString(listing));
    }

    /** Sara reserves one and Lars confirms. */
    private static String confirmed(Store store) {
        String id = sara().header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Reservations.reserve(store.listing(), 1)).post("/api/v1/reservations")
                .then().statusCode(201).extract().path("id");
        OffsetDateTime from = OffsetDateTime.now().plusDays(1);
        lars().body(Map.of("pickupFrom", from.toString(), "pickupTo", from.plusHours(2).toString()))
                .post("/api/v1/reservations/" + id + "/confirm").then().statusCode(200);
        return id;
    }

    /** The first free slot at least this far ahead. */
    private static String slot(Store store, int hoursAhead) {
        JsonPath slots = sara().get("/api/v1/storage/sites/" + store.site() + "/pickup/slots").then().statusCode(200)
                .extract().jsonPath();
        OffsetDateTime after = OffsetDateTime.now().plusHours(hoursAhead);
        return slots.getList("startsAt", String.class).stream()
                .filter(s -> OffsetDateTime.parse(s).isAfter(after)).findFirst().orElseThrow();
    }

    private static int free(Store store, String startsAt) {
        JsonPath slots = sara().get("/api/v1/storage/sites/" + store.site() + "/pickup/slots").then().statusCode(200)
                .extract().jsonPath();
        List<String> starts = slots.getList("startsAt", String.class);
        for (int i = 0; i < starts.size(); i++) {
            if (OffsetDateTime.parse(starts.get(i)).isEqual(OffsetDateTime.parse(startsAt))) {
                return slots.getInt("[" + i + "].free");
            }
        }
        throw new AssertionError("no slot " + startsAt);
    }

    @Test
    void twoHundredBookingsForASlotOfFourGiveExactlyFour() throws Exception {
        Store store = store("Hämtstorm", 4);
        ExecutorService setup = Executors.newFixedThreadPool(8);
        List<Future<String>> made = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            made.add(setup.submit(() -> confirmed(store)));
        }
        List<String> reservations = new ArrayList<>();
        for (Future<String> f : made) {
            reservations.add(f.get());
        }
        setup.shutdown();
        String slot = slot(store, 2);

        ExecutorService pool = Executors.newFixedThreadPool(50);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> answers = new ArrayList<>();
        for (String reservation : reservations) {
            answers.add(pool.submit((Callable<Integer>) () -> {
                start.await();
                return sara().body(Map.of("startsAt", slot)).put("/api/v1/reservations/" + reservation + "/pickup")
                        .statusCode();
            }));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> f : answers) {
            statuses.add(f.get());
        }
        pool.shutdown();
        Map<Integer, Long> counted = statuses.stream().collect(Collectors.groupingBy(s -> s, Collectors.counting()));
        assertEquals(Map.of(200, 4L, 409, 196L), counted);
        assertEquals(0, free(store, slot));
        try (Ledger db = Ledger.open()) {
            assertEquals(4L, db.count("select count(*) from pickup_booking where site_id = '" + store.site()
                    + "' and status = 'BOOKED'"));
        }
        // the refusal names the field and says the slot is full
        sara().body(Map.of("startsAt", slot)).put("/api/v1/reservations/" + reservations.get(199) + "/pickup")
                .then().statusCode(409).contentType(startsWith("application/problem+json"))
                .body("errors[0].field", equalTo("startsAt")).body("errors[0].code", equalTo("SlotFull"));
    }

    @Test
    void bookMoveCancelAndTheDaysPickList() {
        Store store = store("Hämtdag", 2);
        String reservation = confirmed(store);
        String first = slot(store, 3);
        String second = slot(store, 5);

        // the seller proposes a time, the buyer moves it; booking the same slot again changes nothing
        lars().body(Map.of("startsAt", first)).put("/api/v1/reservations/" + reservation + "/pickup")
                .then().statusCode(200).body("bySeller", equalTo(true));
        assertEquals(1, free(store, first));
        sara().body(Map.of("startsAt", second)).put("/api/v1/reservations/" + reservation + "/pickup")
                .then().statusCode(200).body("bySeller", equalTo(false));
        sara().body(Map.of("startsAt", second)).put("/api/v1/reservations/" + reservation + "/pickup")
                .then().statusCode(200);
        assertEquals(2, free(store, first));
        assertEquals(1, free(store, second));
        sara().get("/api/v1/reservations/" + reservation + "/pickup").then().statusCode(200)
                .body("reservationId", equalTo(reservation));

        // the store's day view lists it with the lot and where it lies
        String day = OffsetDateTime.parse(second).atZoneSameInstant(se.kretslopp.common.Today.ZONE).toLocalDate()
                .toString();
        lars().get("/api/v1/storage/sites/" + store.site() + "/pickup/day?date=" + day).then().statusCode(200)
                .body("pickups.reservationId", hasItem(reservation))
                .body("pickups.find { it.reservationId == '" + reservation + "' }.places[0].locationCode",
                        equalTo("A-01-1"))
                .body("pickups.find { it.reservationId == '" + reservation + "' }.buyerOrganisation",
                        equalTo("Smålandsbygg AB"));

        // cancelled: the slot is free again, and the reservation has no booking
        sara().delete("/api/v1/reservations/" + reservation + "/pickup").then().statusCode(204);
        assertEquals(2, free(store, second));
        sara().get("/api/v1/reservations/" + reservation + "/pickup").then().statusCode(404);
        sara().delete("/api/v1/reservations/" + reservation + "/pickup").then().statusCode(404);

        // a reservation the buyer cancels gives its slot back
        sara().body(Map.of("startsAt", second)).put("/api/v1/reservations/" + reservation + "/pickup")
                .then().statusCode(200);
        assertEquals(1, free(store, second));
        sara().post("/api/v1/reservations/" + reservation + "/cancel").then().statusCode(200);
        assertEquals(2, free(store, second));
    }

    @Test
    void badTimesAndReservationsThatTakeNoSlot() {
        Store store = store("Hämtfel", 2);
        String reservation = confirmed(store);
        String url = "/api/v1/reservations/" + reservation + "/pickup";
        OffsetDateTime inHours = OffsetDateTime.parse(slot(store, 3));

        sara().body(Map.of("startsAt", inHours.minusDays(2).toString())).put(url).then().statusCode(422)
                .body("errors[0].field", equalTo("startsAt")).body("errors[0].code", equalTo("InPast"));
        sara().body(Map.of("startsAt", inHours.plusMinutes(10).toString())).put(url).then().statusCode(422)
                .body("errors[0].code", equalTo("OutsideHours"));
        sara().body(Map.of("startsAt", inHours.plusDays(120).toString())).put(url).then().statusCode(422)
                .body("errors[0].code", equalTo("TooFarAhead"));
        sara().body(Map.of("startsAt", "tomorrow at ten")).put(url).then().statusCode(400)
                .contentType(startsWith("application/problem+json")).body("errors[0].field", equalTo("startsAt"));
        sara().body("{}").put(url).then().statusCode(400).body("errors[0].field", equalTo("startsAt"));

        // a requested (not yet confirmed) reservation, and one of a listing outside a store
        String requested = sara().header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Reservations.reserve(store.listing(), 1)).post("/api/v1/reservations")
                .then().statusCode(201).extract().path("id");
        sara().body(Map.of("startsAt", inHours.toString())).put("/api/v1/reservations/" + requested + "/pickup")
                .then().statusCode(409);
        UUID plain = Reservations.listingOf("Hämtfel utan lager " + UUID.randomUUID(), 5);
        String outside = sara().header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Reservations.reserve(plain, 1)).post("/api/v1/reservations")
                .then().statusCode(201).extract().path("id");
        sara().body(Map.of("startsAt", inHours.toString())).put("/api/v1/reservations/" + outside + "/pickup")
                .then().statusCode(409);

        // hours that do not hold together name the field and change nothing
        lars().body(Map.of("slotMinutes", 30, "capacity", 2, "closedDays", List.of(),
                        "opening", List.of(Map.of("weekday", 1, "opens", "10:00", "closes", "09:00"),
                                Map.of("weekday", 2, "opens", "08:00", "closes", "12:00"),
                                Map.of("weekday", 2, "opens", "11:00", "closes", "15:00"))))
                .put("/api/v1/storage/sites/" + store.site() + "/pickup/hours").then().statusCode(400)
                .body("errors.field", hasItem("opening[0].closes")).body("errors.code", hasItem("Overlaps"));
        lars().body(Map.of("slotMinutes", 5, "capacity", 0, "opening", List.of(), "closedDays", List.of()))
                .put("/api/v1/storage/sites/" + store.site() + "/pickup/hours").then().statusCode(400)
                .body("errors.field", hasItem("slotMinutes")).body("errors.field", hasItem("capacity"));
        sara().get("/api/v1/storage/sites/" + store.site() + "/pickup/hours").then().statusCode(200)
                .body("opening.size()", equalTo(7));
    }

    @Test
    void noSlotIsListedThatCouldNotBeBooked() {
        Store store = store("Hämtgräns", 2);
        String reservation = confirmed(store);
        java.time.LocalDate last = se.kretslopp.common.Today.date().plusDays(SlotGrid.DAYS_AHEAD);
        List<String> starts = sara().get("/api/v1/storage/sites/" + store.site() + "/pickup/slots?from="
                        + last.minusDays(2) + "&to=" + last.plusDays(10)).then().statusCode(200)
                .extract().jsonPath().getList("startsAt", String.class);
        List<java.time.LocalDate> days = starts.stream().map(s -> OffsetDateTime.parse(s)
                .atZoneSameInstant(se.kretslopp.common.Today.ZONE).toLocalDate()).distinct().toList();
        assertEquals(List.of(last.minusDays(2), last.minusDays(1), last), days);
        // the last slot listed can be booked
        sara().body(Map.of("startsAt", starts.get(starts.size() - 1))).put("/api/v1/reservations/" + reservation
                + "/pickup").then().statusCode(200);
    }

    @Test
    void otherOrganisationsAreToldThereIsNoSuchReservation() {
        Store store = store("Hämtbehörighet", 2);
        String reservation = confirmed(store);
        String slot = slot(store, 3);
        sara().body(Map.of("startsAt", slot)).put("/api/v1/reservations/" + reservation + "/pickup")
                .then().statusCode(200);
        String url = "/api/v1/reservations/" + reservation + "/pickup";
        for (var other : List.of(anna(), johan(), olle())) {
            other.get(url).then().statusCode(404);
        }
        anna().body(Map.of("startsAt", slot)).put(url).then().statusCode(404);
        johan().delete(url).then().statusCode(404);
        given().get(url).then().statusCode(401);
        given().get("/api/v1/storage/sites/" + store.site() + "/pickup/slots").then().statusCode(401);
        // the store's day view and its hours belong to its operators
        olle().get("/api/v1/storage/sites/" + store.site() + "/pickup/day").then().statusCode(404);
        sara().get("/api/v1/storage/sites/" + store.site() + "/pickup/day").then().statusCode(404);
        olle().body(Map.of("slotMinutes", 30, "capacity", 9, "opening", List.of(), "closedDays", List.of()))
                .put("/api/v1/storage/sites/" + store.site() + "/pickup/hours").then().statusCode(403);
        // a site without hours is not found for anyone but its operators
        Stock.Site bare = Stock.newSite("Utan hämtningstider");
        sara().get("/api/v1/storage/sites/" + bare.id() + "/pickup/hours").then().statusCode(404);
        lars().get("/api/v1/storage/sites/" + bare.id() + "/pickup/hours").then().statusCode(404)
                .body("detail", org.hamcrest.Matchers.containsString("not published"));
        olle().body(Map.of("slotMinutes", 30, "capacity", 9, "opening", List.of(), "closedDays", List.of()))
                .put("/api/v1/storage/sites/" + bare.id() + "/pickup/hours").then().statusCode(404);
        sara().get("/api/v1/storage/sites/" + UUID.randomUUID() + "/pickup/slots").then().statusCode(404);
    }

    @Test
    void bothSidesAreRemindedOnceTheDayBefore() throws Throwable {
        Store store = store("Hämtpåminnelse", 2);
        String reservation = confirmed(store);
        sara().body(Map.of("startsAt", slot(store, 2))).put("/api/v1/reservations/" + reservation + "/pickup")
                .then().statusCode(200);
        VertxContextSupport.subscribeAndAwait(() -> reminders.remind());
        VertxContextSupport.subscribeAndAwait(() -> reminders.remind());
        try (Ledger db = Ledger.open()) {
            assertEquals(1L, db.count("select count(*) from notification where reservation_id = '" + reservation
                    + "' and kind = 'PICKUP_REMINDER' and recipient_username = 'sara'"));
            assertEquals(1L, db.count("select count(*) from notification where reservation_id = '" + reservation
                    + "' and kind = 'PICKUP_BOOKED' and recipient_username = 'sara'"));
            assertTrue(db.count("select count(*) from notification where reservation_id = '" + reservation
                    + "' and kind = 'PICKUP_REMINDER' and recipient_username <> 'sara'") >= 1, "the seller too");
        }
    }
}
