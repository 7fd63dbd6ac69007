package se.kretslopp.delivery;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import se.kretslopp.testsupport.Api;
import se.kretslopp.testsupport.Ledger;
import se.kretslopp.testsupport.Reservations;
import se.kretslopp.testsupport.Tokens;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.kretslopp.delivery.Deliveries.post;
import static se.kretslopp.testsupport.Api.johan;
import static se.kretslopp.testsupport.Api.karin;
import static se.kretslopp.testsupport.Api.nils;
import static se.kretslopp.testsupport.Api.sara;

/**
 * The receipt that ends a delivery: once only (one handover, one set of climate figures) however often and however
 * many at once scan it, refused to other organisations; the note it is printed on; and who may reach a delivery.
 */
@QuarkusTest
class DeliveryReceiptTest {

    @io.quarkus.test.common.http.TestHTTPResource("/api/v1/deliveries/receipt")
    java.net.URL receipts;

    private static long handovers(String reservation) {
        try (Ledger db = Ledger.open()) {
            return db.count("select count(*) from handover_record where reservation_id = '" + reservation + "'");
        }
    }

    private static long climateFigures(String reservation) {
        try (Ledger db = Ledger.open()) {
            return db.count("select count(*) from climate_realised c join handover_record h"
                    + " on h.id = c.handover_record_id where h.reservation_id = '" + reservation + "'");
        }
    }

    @Test
    void aReceiptScannedTwiceCountsOnceAndAnotherOrganisationIsRefused() throws Exception {
        String reservation = Deliveries.confirmed("Innerdörr, kvitto två gånger");
        String id = Deliveries.onTheWay(reservation);
        String url = Deliveries.receiptUrl(id);
        String token = url.substring(url.lastIndexOf('/') + 1);

        // another organisation (or the carrier, or the seller) holding the note cannot confirm: 404 as for no token
        Deliveries.receipt(karin(), token).then().statusCode(404).contentType(startsWith("application/problem+json"));
        Deliveries.receipt(nils(), token).then().statusCode(404);
        Deliveries.receipt(johan(), token).then().statusCode(404);
        Deliveries.receipt(sara(), "A".repeat(43)).then().statusCode(404);
        assertEquals(0, handovers(reservation));

        Deliveries.receipt(sara(), token).then().statusCode(200).body("status", equalTo("DELIVERED"));
        String first = sara().get("/api/v1/deliveries/" + id).then().extract().path("receivedAt");
        // again (the URL this time): the same answer, nothing recorded again
        Deliveries.receipt(sara(), url).then().statusCode(200).body("status", equalTo("DELIVERED"))
                .body("receivedAt", equalTo(first));
        assertEquals(1, handovers(reservation));
        assertEquals(1, climateFigures(reservation));
        // without a carrier's km, the estimate from the positions is the handover's transport distance
        try (Ledger db = Ledger.open()) {
            long tenths = db.count("select (transport_distance_km * 10)::bigint from handover_record"
                    + " where reservation_id = '" + reservation + "'");
            assertTrue(tenths > 350 && tenths < 380, "distance " + tenths);
        }
    }

    @Test
    void twoReceiptsAtOnceHandOverOnce() throws Exception {
        String reservation = Deliveries.confirmed("Innerdörr, två kvitton samtidigt");
        String id = Deliveries.onTheWay(reservation);
        String url = Deliveries.receiptUrl(id);
        String body = "{\"token\":\"" + url + "\"}";
        List<Reservations.Answer> answers = Reservations.storm(receipts.toString(),
                Tokens.of("sara", "smalandsbygg", "builder"), 8, i -> body, i -> "receipt-" + id + "-" + i);
        for (Reservations.Answer answer : answers) {
            assertEquals(200, answer.status(), answer.body());
        }
        assertEquals(1, handovers(reservation));
        assertEquals(1, climateFigures(reservation));
        sara().get("/api/v1/reservations/" + reservation).then().statusCode(200)
                .body("status", equalTo("HANDED_OVER")).body("handover.quantity", equalTo(2));
    }

    @Test
    void theNoteListsTheGoodsAndItsCodeOpensTheReceiptPage() throws Exception {
        String reservation = Deliveries.confirmed("Innerdörr, följesedel");
        String id = Deliveries.requested(reservation);
        byte[] pdf = Deliveries.note(sara(), id);
        String text = Deliveries.text(pdf);
        for (String expected : List.of("Följesedel", "Innerdörr, följesedel", "Kalmarsunds Åkeri AB",
                "Kalmar Rivning & Demontage AB", "Smålandsbygg AB", "Kungsgatan 5", "382 30 Nybro",
                "Sara Nilsson, 070-123 45 67", "Ring vid grinden.", "Summa massa / Total mass: 50 kg")) {
            assertTrue(text.contains(expected), "the note lacks " + expected + ":\n" + text);
        }
        String url = Deliveries.qr(pdf);
        assertTrue(url.matches("http://localhost:8080/kvitto/[A-Za-z0-9_-]{43}"), url);
        // the same code however often and by whom the note is made
        assertEquals(url, Deliveries.qr(Deliveries.note(johan(), id)));
        assertEquals(url, Deliveries.receiptUrl(id));
        try (Ledger db = Ledger.open()) {
            assertEquals(0, db.count("select count(*) from delivery where receipt_token_hash like '%"
                    + url.substring(url.lastIndexOf('/') + 1) + "%'"), "the token itself is not stored");
        }
    }

    /** Every endpoint that takes an id: buyer, seller, carrier, another organisation (404) and nobody (401). */
    @Test
    void whoMayReachADelivery() {
        String id = Deliveries.requested(Deliveries.confirmed("Innerdörr, åtkomst"));
        for (RequestSpecification party : List.of(sara(), johan(), nils())) {
            party.get("/api/v1/deliveries/" + id).then().statusCode(200).body("id", equalTo(id));
            party.get("/api/v1/deliveries/" + id + "/note.pdf").then().statusCode(200);
        }
        List<Function<RequestSpecification, io.restassured.response.Response>> calls = new ArrayList<>();
        calls.add(who -> who.get("/api/v1/deliveries/" + id));
        calls.add(who -> who.get("/api/v1/deliveries/" + id + "/note.pdf"));
        for (String step : List.of("accept", "depart", "deliver", "cancel")) {
            calls.add(who -> post(who, id, step, null));
        }
        calls.add(who -> post(who, id, "decline", Map.of("reason", "Nej")));
        calls.add(who -> post(who, id, "plan", Map.of("plannedAt", "2030-01-01T10:00:00Z")));
        for (var call : calls) {
            call.apply(karin()).then().statusCode(404).contentType(startsWith("application/problem+json"));
            call.apply(Api.olle()).then().statusCode(404);
            call.apply(given().contentType("application/json")).then().statusCode(401);
        }
        given().get("/api/v1/deliveries").then().statusCode(401);
        given().contentType("application/json").body(Map.of("token", "x")).post("/api/v1/deliveries/receipt")
                .then().statusCode(401);
        karin().get("/api/v1/deliveries").then().statusCode(200).body("total", equalTo(0));
        // the delivery is untouched by all that
        nils().get("/api/v1/deliveries/" + id).then().statusCode(200).body("status", equalTo("REQUESTED"));
    }
}
