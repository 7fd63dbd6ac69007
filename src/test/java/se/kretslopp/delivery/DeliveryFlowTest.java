package se.kretslopp.delivery;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import se.kretslopp.testsupport.Api;
import se.kretslopp.testsupport.Ledger;

import java.time.OffsetDateTime;
import java.util.Map;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.kretslopp.delivery.Deliveries.post;
import static se.kretslopp.testsupport.Api.johan;
import static se.kretslopp.testsupport.Api.nils;
import static se.kretslopp.testsupport.Api.sara;

/**
 * Delivery instead of pickup (issue 21, item 3): asked by the buyer of a confirmed reservation, moved on by the
 * carrier step by step (out of order refused), received by scanning the note, and everyone told.
 */
@QuarkusTest
class DeliveryFlowTest {

    @Test
    void theWholeLifeOfADeliveryEndsInOneHandoverWithTheDrivenDistance() throws Exception {
        String reservation = Deliveries.confirmed("Innerdörr, levereras");
        Map<String, Object> request = Deliveries.request(reservation);
        String id = sara().header("Idempotency-Key", "delivery-" + reservation).body(request)
                .post("/api/v1/deliveries").then().statusCode(201)
                .header("Location", containsString("/api/v1/deliveries/"))
                .body("status", equalTo("REQUESTED")).body("carrier.name", equalTo("Kalmarsunds Åkeri AB"))
                .body("seller.code", equalTo("kalmar-rivning")).body("buyer.code", equalTo("smalandsbygg"))
                .body("goods.title", equalTo("Innerdörr, levereras")).body("goods.quantity", equalTo(2))
                .body("goods.massKg", equalTo(50)).body("source.kind", equalTo("SITE"))
                .body("may.accept", equalTo(false)).body("may.cancel", equalTo(true))
                .extract().path("id");
        // the same key again answers the same, and makes no second delivery
        sara().header("Idempotency-Key", "delivery-" + reservation).body(request)
                .post("/api/v1/deliveries").then().statusCode(201).body("id", equalTo(id));
        // Kalmar → Nybro: 28.9 km as the crow flies, × 1.3 on the road
        float distance = sara().get("/api/v1/deliveries/" + id).then().statusCode(200).extract().path("distanceKm");
        assertTrue(distance > 35 && distance < 38, "distance " + distance);

        // the carrier's board lists it, with what the carrier may do
        nils().get("/api/v1/deliveries?role=carrier&status=REQUESTED").then().statusCode(200)
                .body("items.id", hasItem(id))
                .body("items.find { it.id == '" + id + "' }.may.accept", equalTo(true));
        // the seller sees it, as does the buyer by the reservation
        johan().get("/api/v1/deliveries?role=seller").then().statusCode(200).body("items.id", hasItem(id));
        sara().get("/api/v1/deliveries?reservationId=" + reservation).then().statusCode(200)
                .body("items[0].id", equalTo(id)).body("total", equalTo(1));
        // the seller and the carrier were told
        johan().get("/api/v1/notifications").then().statusCode(200)
                .body("items.find { it.reservationId == '" + reservation + "' && it.kind == 'DELIVERY_REQUESTED' }",
                        notNullValue());

        post(nils(), id, "accept", null).then().statusCode(200).body("status", equalTo("ACCEPTED"));
        OffsetDateTime at = OffsetDateTime.now().plusDays(2).withNano(0);
        post(nils(), id, "plan", Map.of("plannedAt", at.toString())).then().statusCode(200)
                .body("status", equalTo("PLANNED")).body("may.depart", equalTo(true));
        post(nils(), id, "depart", null).then().statusCode(200).body("status", equalTo("ON_THE_WAY"));
        post(nils(), id, "deliver", Map.of("drivenKm", 41.5)).then().statusCode(200)
                .body("status", equalTo("DELIVERED")).body("drivenKm", equalTo(41.5f))
                .body("receivedAt", nullValue());
        sara().get("/api/v1/notifications").then().statusCode(200)
                .body("items.find { it.reservationId == '" + reservation + "' && it.kind == 'DELIVERY_UPDATED' }"
                        + ".reason", equalTo("Levererad / delivered"));

        // the receiver scans the note: received, and the reservation handed over once, with the driven km
        String url = Deliveries.receiptUrl(id);
        assertTrue(url.startsWith("http://localhost:8080/kvitto/"), url);
        Deliveries.receipt(sara(), url).then().statusCode(200).body("status", equalTo("DELIVERED"))
                .body("receivedBy", equalTo("sara")).body("may.confirmReceipt", equalTo(false));
        sara().get("/api/v1/reservations/" + reservation).then().statusCode(200)
                .body("status", equalTo("HANDED_OVER")).body("handover.quantity", equalTo(2))
                .body("handover.destinationAddress", equalTo("Kungsgatan 5, 382 30 Nybro"));
        try (Ledger db = Ledger.open()) {
            assertEquals(1, db.count("select count(*) from handover_record where reservation_id = '"
                    + reservation + "'"));
            assertEquals(415, db.count("select (transport_distance_km * 10)::bigint from handover_record"
                    + " where reservation_id = '" + reservation + "'"));
        }
        nils().get("/api/v1/notifications").then().statusCode(200)
                .body("items.find { it.reservationId == '" + reservation + "' && it.kind == 'DELIVERY_RECEIVED' }",
                        notNullValue());
        // nothing follows a delivered delivery
        post(nils(), id, "deliver", null).then().statusCode(409).body("errors[0].field", equalTo("status"));
        post(sara(), id, "cancel", null).then().statusCode(409);
    }

    @Test
    void aDeliveryIsAskedForAConfirmedReservationOnly() {
        String reservation = Deliveries.reserved("Innerdörr, obekräftad");
        sara().body(Deliveries.request(reservation)).post("/api/v1/deliveries").then().statusCode(409)
                .contentType(startsWith("application/problem+json"))
                .body("errors[0].field", equalTo("reservationId")).body("errors[0].code", equalTo("NotApplicable"));
        // only the buyer asks; the seller is refused, another organisation is told there is no such reservation
        String confirmed = Deliveries.confirmed("Innerdörr, bara köparen");
        johan().body(Deliveries.request(confirmed)).post("/api/v1/deliveries").then().statusCode(403);
        Api.karin().body(Deliveries.request(confirmed)).post("/api/v1/deliveries").then().statusCode(422)
                .body("errors[0].field", equalTo("reservationId"));
    }

    @Test
    void stepsOutOfOrderAreRefused() {
        String id = Deliveries.requested(Deliveries.confirmed("Innerdörr, i otakt"));
        post(nils(), id, "depart", null).then().statusCode(409).contentType(startsWith("application/problem+json"))
                .body("errors[0].field", equalTo("status")).body("errors[0].code", equalTo("InvalidTransition"));
        post(nils(), id, "plan", Map.of("plannedAt", OffsetDateTime.now().plusDays(1).toString()))
                .then().statusCode(409);
        post(nils(), id, "deliver", null).then().statusCode(409);
        // only the carrier moves it on
        post(sara(), id, "accept", null).then().statusCode(403);
        post(johan(), id, "accept", null).then().statusCode(403);
        post(nils(), id, "accept", null).then().statusCode(200);
        post(nils(), id, "accept", null).then().statusCode(409);
        post(nils(), id, "decline", Map.of("reason", "Sent")).then().statusCode(409);
        post(nils(), id, "deliver", null).then().statusCode(409);
        // a receipt before the carrier accepted is refused too
        String fresh = Deliveries.requested(Deliveries.confirmed("Innerdörr, kvitto för tidigt"));
        try {
            Deliveries.receipt(sara(), Deliveries.receiptUrl(fresh)).then().statusCode(409)
                    .body("errors[0].field", equalTo("status"));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void theCarrierDeclinesWithAReasonAndTheBuyerAsksAnother() {
        String reservation = Deliveries.confirmed("Innerdörr, avböjd");
        String id = Deliveries.requested(reservation);
        post(nils(), id, "decline", Map.of("reason", " ")).then().statusCode(400)
                .body("errors[0].field", equalTo("reason"));
        post(nils(), id, "decline", Map.of("reason", "Ingen bil ledig den dagen")).then().statusCode(200)
                .body("status", equalTo("DECLINED")).body("declineReason", equalTo("Ingen bil ledig den dagen"));
        sara().get("/api/v1/notifications").then().statusCode(200)
                .body("items.find { it.reservationId == '" + reservation + "' && it.kind == 'DELIVERY_DECLINED' }"
                        + ".reason", equalTo("Ingen bil ledig den dagen"));
        // the seller delivers instead: the seller's organisation is the carrier
        Map<String, Object> body = Deliveries.request(reservation);
        body.remove("carrierOrganisationId");
        body.put("sellerDelivers", true);
        String second = sara().body(body).post("/api/v1/deliveries").then().statusCode(201)
                .body("sellerDelivers", equalTo(true)).body("carrier.code", equalTo("kalmar-rivning"))
                .extract().path("id");
        assertTrue(!second.equals(id));
        post(johan(), second, "accept", null).then().statusCode(200).body("status", equalTo("ACCEPTED"));
        johan().get("/api/v1/deliveries?role=carrier").then().statusCode(200).body("items.id", hasItem(second));
        nils().get("/api/v1/deliveries?role=carrier").then().statusCode(200).body("items.id", not(hasItem(second)));
        // one delivery at a time
        sara().body(body).post("/api/v1/deliveries").then().statusCode(409)
                .body("errors[0].field", equalTo("reservationId")).body("errors[0].code", equalTo("Taken"));
    }

    @Test
    void badRequestsNameTheField() {
        String reservation = Deliveries.confirmed("Innerdörr, fel indata");
        Map<String, Object> body = Deliveries.request(reservation);
        body.put("sellerDelivers", true);
        sara().body(body).post("/api/v1/deliveries").then().statusCode(422)
                .body("errors[0].field", equalTo("carrierOrganisationId"));
        body = Deliveries.request(reservation);
        body.put("carrierOrganisationId", "0b6f1a52-3c1e-4d7a-9a10-000000000005"); // a contractor, no carrier
        sara().body(body).post("/api/v1/deliveries").then().statusCode(422)
                .body("errors[0].field", equalTo("carrierOrganisationId"))
                .body("errors[0].code", equalTo("UnknownReference"));
        body = Deliveries.request(reservation);
        body.put("windowTo", body.get("windowFrom"));
        sara().body(body).post("/api/v1/deliveries").then().statusCode(422)
                .body("errors[0].field", equalTo("windowTo"));
        body = Deliveries.request(reservation);
        body.put("address", Map.of("streetAddress", "Kungsgatan 5", "city", "Nybro", "latitude", 56.7));
        sara().body(body).post("/api/v1/deliveries").then().statusCode(422)
                .body("errors[0].field", equalTo("address.longitude"));
        body = Deliveries.request(reservation);
        body.put("contact", Map.of("name", "Sara"));
        sara().body(body).post("/api/v1/deliveries").then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("errors[0].field", equalTo("contact.phone"));
        body = Deliveries.request(reservation);
        body.put("windowFrom", "tomorrow");
        sara().body(body).post("/api/v1/deliveries").then().statusCode(400)
                .body("errors[0].field", equalTo("windowFrom"));
        body = Deliveries.request(reservation);
        body.put("truck", "big");
        sara().body(body).post("/api/v1/deliveries").then().statusCode(400);
        sara().get("/api/v1/deliveries?role=driver").then().statusCode(400).body("errors[0].field", equalTo("role"));
        sara().get("/api/v1/deliveries?status=LOST").then().statusCode(400).body("errors[0].field", equalTo("status"));
        Deliveries.receipt(sara(), "not a token").then().statusCode(400).body("errors[0].field", equalTo("token"));
        String id = Deliveries.requested(reservation);
        post(nils(), id, "accept", null).then().statusCode(200);
        post(nils(), id, "plan", Map.of("plannedAt", "soon")).then().statusCode(400)
                .body("errors[0].field", equalTo("plannedAt"));
        post(nils(), id, "plan", Map.of()).then().statusCode(400).body("errors[0].field", equalTo("plannedAt"));
    }

    @Test
    void pickupAndDeliveryExcludeEachOtherAndCancellingTheReservationCancelsTheDelivery() {
        // a reservation of a stored lot with a booked pickup cannot be delivered
        se.kretslopp.testsupport.Stock.Site site = se.kretslopp.testsupport.Stock.newSite("Leveranslager");
        java.util.UUID lot = se.kretslopp.testsupport.Stock.receive(site.id(), site.a(), 10);
        String listing = Api.lars().body(Map.of("quantity", 10, "price", Map.of("kind", "FREE"), "visibility",
                        "PUBLIC")).post("/api/v1/storage/lots/" + lot + "/publish").then().statusCode(201)
                .extract().path("id");
        java.util.List<Map<String, Object>> opening = new java.util.ArrayList<>();
        for (int day = 1; day <= 7; day++) {
            opening.add(Map.of("weekday", day, "opens", "00:00", "closes", "23:30"));
        }
        Api.lars().body(Map.of("slotMinutes", 30, "capacity", 4, "opening", opening, "closedDays",
                java.util.List.of())).put("/api/v1/storage/sites/" + site.id() + "/pickup/hours").then()
                .statusCode(200);
        String reservation = sara().body(se.kretslopp.testsupport.Reservations.reserve(
                java.util.UUID.fromString(listing), 2)).post("/api/v1/reservations").then().statusCode(201)
                .extract().path("id");
        OffsetDateTime from = OffsetDateTime.now().plusDays(1);
        Api.lars().body(Map.of("pickupFrom", from.toString(), "pickupTo", from.plusHours(2).toString()))
                .post("/api/v1/reservations/" + reservation + "/confirm").then().statusCode(200);
        java.util.List<String> slots = sara().get("/api/v1/storage/sites/" + site.id() + "/pickup/slots").then()
                .statusCode(200).extract().path("startsAt");
        String slot = slots.stream().filter(s -> OffsetDateTime.parse(s).isAfter(OffsetDateTime.now().plusHours(3)))
                .findFirst().orElseThrow();
        sara().body(Map.of("startsAt", slot)).put("/api/v1/reservations/" + reservation + "/pickup").then()
                .statusCode(200);
        sara().body(Deliveries.request(reservation)).post("/api/v1/deliveries").then().statusCode(409)
                .body("errors[0].field", equalTo("reservationId")).body("errors[0].code", equalTo("Exclusive"));

        // without the pickup it can; then a pickup cannot be booked
        sara().delete("/api/v1/reservations/" + reservation + "/pickup").then().statusCode(204);
        String id = sara().body(Deliveries.request(reservation)).post("/api/v1/deliveries").then().statusCode(201)
                .body("source.kind", equalTo("STORE")).body("goods.lotCode", notNullValue()).extract().path("id");
        sara().body(Map.of("startsAt", slot)).put("/api/v1/reservations/" + reservation + "/pickup").then()
                .statusCode(409).contentType(startsWith("application/problem+json"));

        // the buyer cancels the reservation: the delivery is cancelled with it
        sara().post("/api/v1/reservations/" + reservation + "/cancel").then().statusCode(200);
        nils().get("/api/v1/deliveries/" + id).then().statusCode(200).body("status", equalTo("CANCELLED"))
                .body("may.accept", equalTo(false));
        post(nils(), id, "accept", null).then().statusCode(409);
    }
}
