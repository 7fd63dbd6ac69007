package se.kretslopp.reservation;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import se.kretslopp.testsupport.Api;
import se.kretslopp.testsupport.Reservations;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import static org.hamcrest.Matchers.equalTo;
import static se.kretslopp.testsupport.Api.johan;
import static se.kretslopp.testsupport.Api.sara;

/** Every reservation endpoint that takes an id, called by a user of neither the buyer's nor the seller's organisation. */
@QuarkusTest
class ReservationAccessTest {

    @Test
    void outsidersAreRefusedAndNothingChanges() {
        UUID listing = Reservations.listingOf("Åtkomst " + UUID.randomUUID(), 4);
        String id = sara().body(Reservations.reserve(listing, 2)).post("/api/v1/reservations").then().statusCode(201)
                .extract().path("id");
        String before = sara().get("/api/v1/reservations/" + id).then().extract().asString();
        for (Supplier<RequestSpecification> outsider : List.<Supplier<RequestSpecification>>of(Api::karin, Api::olle,
                () -> Api.as("per", "kalmarhem", "admin"))) {
            outsider.get().get("/api/v1/reservations/" + id).then().statusCode(404);
            outsider.get().body(Map.of("pickupFrom", "2026-12-01T08:00:00Z", "pickupTo", "2026-12-01T09:00:00Z"))
                    .post("/api/v1/reservations/" + id + "/confirm").then().statusCode(404);
            outsider.get().body(Map.of("reason", "x")).post("/api/v1/reservations/" + id + "/reject").then().statusCode(404);
            outsider.get().post("/api/v1/reservations/" + id + "/cancel").then().statusCode(404);
            outsider.get().body(Map.of("quantity", 1)).post("/api/v1/reservations/" + id + "/handover").then()
                    .statusCode(404);
            outsider.get().get("/api/v1/reservations?role=seller&listingId=" + listing).then().body("total", equalTo(0));
            outsider.get().get("/api/v1/reservations?listingId=" + listing).then().body("total", equalTo(0));
        }
        // the buyer's side cannot act as seller, nor the seller's as buyer
        sara().body(Map.of("quantity", 1)).post("/api/v1/reservations/" + id + "/handover").then().statusCode(403);
        sara().body(Map.of("reason", "x")).post("/api/v1/reservations/" + id + "/reject").then().statusCode(403);
        johan().post("/api/v1/reservations/" + id + "/cancel").then().statusCode(403);
        // an unknown listing, a draft of another organisation: 422 naming the field
        sara().body(Reservations.reserve(UUID.randomUUID(), 1)).post("/api/v1/reservations").then().statusCode(422)
                .body("errors[0].field", equalTo("listingId"));
        sara().get("/api/v1/reservations/" + id).then().body(equalTo(before));
        johan().get("/api/v1/listings/" + listing).then().body("held", equalTo(2));
        // bad input
        sara().body(Map.of("listingId", listing.toString(), "quantity", -1)).post("/api/v1/reservations").then()
                .statusCode(400).body("errors[0].field", org.hamcrest.Matchers.containsString("quantity"));
        sara().body("{\"listingId\": 12").post("/api/v1/reservations").then().statusCode(400);
        sara().get("/api/v1/reservations?role=owner").then().statusCode(400);
        sara().header("Idempotency-Key", "k".repeat(300)).body(Reservations.reserve(listing, 1)).post("/api/v1/reservations").then()
                .statusCode(400);
        johan().get("/api/v1/listings/" + listing).then().body("held", equalTo(2));
    }
}
