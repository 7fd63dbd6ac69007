package se.kretslopp.reservation;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import se.kretslopp.testsupport.Api;
import se.kretslopp.testsupport.Ledger;
import se.kretslopp.testsupport.Reservations;
import se.kretslopp.testsupport.Stock;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.kretslopp.testsupport.Api.johan;
import static se.kretslopp.testsupport.Api.lars;
import static se.kretslopp.testsupport.Api.maria;
import static se.kretslopp.testsupport.Api.sara;

@QuarkusTest
class ReservationFlowTest {

    @Inject
    MockMailbox mailbox;

    @Test
    void reserveConfirmAndHandOverPartly() {
        UUID listing = Reservations.listingOf("Flöde " + UUID.randomUUID(), 12);
        String id = sara().body(Reservations.reserve(listing, 5)).post("/api/v1/reservations").then().statusCode(201)
                .body("status", equalTo("REQUESTED"))
                .body("quantity", equalTo(5))
                .body("expiresAt", notNullValue())
                .body("mayCancel", equalTo(true))
                .body("mayConfirm", equalTo(false))
                .extract().path("id");
        johan().get("/api/v1/listings/" + listing).then().body("held", equalTo(5)).body("available", equalTo(7));
        // the seller sees it, and is told
        johan().get("/api/v1/reservations?role=seller&listingId=" + listing).then().statusCode(200)
                .body("items[0].id", equalTo(id)).body("items[0].mayConfirm", equalTo(true));
        johan().get("/api/v1/notifications").then().statusCode(200)
                .body("items.findAll { it.reservationId == '" + id + "' }.kind", hasItem("RESERVATION_RECEIVED"));
        // a builder cannot confirm her own reservation; a slot must end after it starts
        sara().body(Map.of("pickupFrom", "2026-12-01T08:00:00+01:00", "pickupTo", "2026-12-01T10:00:00+01:00"))
                .post("/api/v1/reservations/" + id + "/confirm").then().statusCode(403);
        johan().body(Map.of("pickupFrom", "2026-12-01T10:00:00+01:00", "pickupTo", "2026-12-01T08:00:00+01:00"))
                .post("/api/v1/reservations/" + id + "/confirm").then().statusCode(422)
                .body("errors[0].field", equalTo("pickupTo"));
        johan().body(Map.of("pickupFrom", "2026-12-01T08:00:00+01:00", "pickupTo", "2026-12-01T10:00:00+01:00"))
                .post("/api/v1/reservations/" + id + "/confirm").then().statusCode(200)
                .body("status", equalTo("CONFIRMED")).body("pickupFrom", notNullValue());
        // more than reserved cannot be handed over; 3 of 5 can, and the other 2 are released
        johan().body(Map.of("quantity", 6)).post("/api/v1/reservations/" + id + "/handover").then().statusCode(422)
                .body("errors[0].field", equalTo("quantity"));
        johan().body(Map.of("quantity", 3, "destinationProject", "Förskolan Lärkan", "destinationAddress", "Lärkgatan 2"))
                .post("/api/v1/reservations/" + id + "/handover").then().statusCode(200)
                .body("status", equalTo("HANDED_OVER"))
                .body("handover.quantity", equalTo(3))
                .body("handover.destinationProject", equalTo("Förskolan Lärkan"));
        johan().get("/api/v1/listings/" + listing).then().body("quantity", equalTo(9)).body("held", equalTo(0))
                .body("available", equalTo(9)).body("status", equalTo("PUBLISHED"));
        // nothing more happens to a handed-over reservation
        sara().post("/api/v1/reservations/" + id + "/cancel").then().statusCode(409);
        sara().get("/api/v1/notifications").then()
                .body("items.findAll { it.reservationId == '" + id + "' }.kind",
                        equalTo(List.of("RESERVATION_HANDED_OVER", "RESERVATION_CONFIRMED")));
        // and by email, to both
        awaitMail("sara@example.org", "Överlämnat");
        awaitMail("johan@example.org", "Ny reservation");
    }

    @Test
    void rejectCancelAndAllGoneShowAsStatus() {
        UUID listing = Reservations.listingOf("Slut " + UUID.randomUUID(), 2);
        String first = sara().body(Reservations.reserve(listing, 2)).post("/api/v1/reservations").then()
                .statusCode(201).extract().path("id");
        johan().get("/api/v1/listings/" + listing).then().body("status", equalTo("RESERVED"));
        maria().body(Reservations.reserve(listing, 1)).post("/api/v1/reservations").then().statusCode(409)
                .body("detail", containsString("Only 0"));
        johan().body(Map.of()).post("/api/v1/reservations/" + first + "/reject").then().statusCode(400);
        johan().body(Map.of("reason", "Redan sålda på plats")).post("/api/v1/reservations/" + first + "/reject")
                .then().statusCode(200).body("status", equalTo("REJECTED"))
                .body("rejectReason", equalTo("Redan sålda på plats"));
        johan().get("/api/v1/listings/" + listing).then().body("status", equalTo("PUBLISHED")).body("available", equalTo(2));
        String second = maria().body(Reservations.reserve(listing, 1)).post("/api/v1/reservations").then()
                .statusCode(201).extract().path("id");
        maria().post("/api/v1/reservations/" + second + "/cancel").then().statusCode(200)
                .body("status", equalTo("CANCELLED"));
        String third = maria().body(Reservations.reserve(listing, 2)).post("/api/v1/reservations").then()
                .statusCode(201).extract().path("id");
        johan().body(Map.of("quantity", 2)).post("/api/v1/reservations/" + third + "/handover").then().statusCode(200);
        johan().get("/api/v1/listings/" + listing).then().body("status", equalTo("HANDED_OVER"))
                .body("quantity", equalTo(0));
        // the seller cannot reserve its own listing
        Map<String, Object> own = Reservations.reserve(Reservations.listingOf("Egen " + UUID.randomUUID(), 3), 1);
        johan().body(own).post("/api/v1/reservations").then().statusCode(409);
    }

    @Test
    void storageOperatorHandsOverFromTheLot() {
        Stock.Site site = Stock.newSite("Reservations lot");
        UUID lot = Stock.receive(site.id(), site.a(), 10);
        String listing = lars().body(Map.of("quantity", 8, "price", Map.of("kind", "FREE"), "visibility", "PUBLIC"))
                .post("/api/v1/storage/lots/" + lot + "/publish").then().statusCode(201).extract().path("id");
        String id = sara().body(Reservations.reserve(UUID.fromString(listing), 5)).post("/api/v1/reservations").then()
                .statusCode(201).body("listing.lotCode", notNullValue()).extract().path("id");
        // the lot knows what is promised, and the listing offers the rest of its 8
        JsonPath promised = Stock.lotOf(lot);
        assertEquals(new BigDecimal("5"), new BigDecimal(promised.getString("promised")));
        lars().get("/api/v1/listings/" + listing).then().body("quantity", equalTo(8)).body("available", equalTo(3));
        // a pick of the lot's free stock cannot take what is promised
        lars().body(Map.of("locationId", site.a(), "quantity", 6, "reason", "x"))
                .post("/api/v1/storage/lots/" + lot + "/pick").then().statusCode(409);
        // Lars scans the label and hands over 4 of the 5: one HANDOVER movement, the fifth is released
        lars().get("/api/v1/reservations?role=seller&lotId=" + lot).then().body("items[0].id", equalTo(id))
                .body("items[0].mayHandOver", equalTo(true));
        lars().body(Map.of("quantity", 4, "locationId", site.a().toString()))
                .post("/api/v1/reservations/" + id + "/handover").then().statusCode(200);
        JsonPath after = Stock.lotOf(lot);
        assertEquals(new BigDecimal("6"), new BigDecimal(after.getString("onHand")));
        assertEquals(new BigDecimal("0"), new BigDecimal(after.getString("promised")));
        List<String> kinds = lars().get("/api/v1/storage/lots/" + lot + "/movements").then().extract().jsonPath()
                .getList("kind");
        assertEquals(List.of("INTAKE", "HANDOVER"), kinds);
        try (Ledger ledger = Ledger.open()) {
            ledger.check(lot, "after handover");
        }
        lars().get("/api/v1/listings/" + listing).then().body("quantity", equalTo(4)).body("available", equalTo(4));
    }

    @Test
    void emailCanBeTurnedOff() {
        String user = "nils" + UUID.randomUUID().toString().substring(0, 6);
        io.restassured.specification.RequestSpecification nils = Api.as(user, "smalandsbygg", "builder");
        nils.get("/api/v1/me/preferences").then().statusCode(200).body("emailNotifications", equalTo(true))
                .body("email", equalTo(user + "@example.org"));
        Api.as(user, "smalandsbygg", "builder").body(Map.of("emailNotifications", false))
                .put("/api/v1/me/preferences").then().statusCode(200).body("emailNotifications", equalTo(false));
        UUID listing = Reservations.listingOf("Tyst " + UUID.randomUUID(), 3);
        String id = Api.as(user, "smalandsbygg", "builder").body(Reservations.reserve(listing, 1))
                .post("/api/v1/reservations").then().statusCode(201).extract().path("id");
        johan().body(Map.of("reason", "Nej")).post("/api/v1/reservations/" + id + "/reject").then().statusCode(200);
        Api.as(user, "smalandsbygg", "builder").get("/api/v1/notifications?unread=true").then()
                .body("unread", equalTo(1)).body("items[0].kind", equalTo("RESERVATION_REJECTED"));
        awaitMail("johan@example.org", "Ny reservation");
        assertTrue(mailbox.getMailsSentTo(user + "@example.org") == null
                || mailbox.getMailsSentTo(user + "@example.org").isEmpty(), "no email to someone who turned it off");
        String notification = Api.as(user, "smalandsbygg", "builder").get("/api/v1/notifications").then().extract()
                .path("items[0].id");
        Api.as(user, "smalandsbygg", "builder").post("/api/v1/notifications/" + notification + "/read").then()
                .statusCode(200).body("readAt", notNullValue());
        Api.as(user, "smalandsbygg", "builder").get("/api/v1/notifications").then().body("unread", equalTo(0));
        sara().post("/api/v1/notifications/" + notification + "/read").then().statusCode(404);
    }

    private void awaitMail(String to, String subjectStart) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline)) {
            List<Mail> mails = mailbox.getMailsSentTo(to);
            if (mails != null && mails.stream().anyMatch(m -> m.getSubject().startsWith(subjectStart))) {
                return;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        throw new AssertionError("no mail '" + subjectStart + "…' to " + to + " within 30 s");
    }
}
