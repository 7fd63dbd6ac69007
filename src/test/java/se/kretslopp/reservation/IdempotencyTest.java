package se.kretslopp.reservation;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import se.kretslopp.testsupport.Reservations;
import se.kretslopp.testsupport.Tokens;

import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.kretslopp.testsupport.Api.johan;
import static se.kretslopp.testsupport.Api.sara;

/**
 * 1,000 copies of one POST with one Idempotency-Key, all in flight at once, make exactly one reservation: every
 * answer is that first response (replayed) or 409 while it is still being made; repeats afterwards replay it; the
 * same key with another body is refused with 422.
 */
@QuarkusTest
class IdempotencyTest {

    @TestHTTPResource("/api/v1/reservations")
    URL reservations;

    @Test
    void thousandDuplicatesMakeOneReservation() {
        String token = Tokens.builder("sara", "smalandsbygg", "builder").expiresIn(3600).sign();
        UUID listing = Reservations.listingOf("Idempotent " + UUID.randomUUID(), 50);
        String key = "reserve-" + UUID.randomUUID();
        String body = "{\"listingId\":\"" + listing + "\",\"quantity\":2,\"message\":\"Hämtar på fredag\"}";
        List<Reservations.Answer> answers = Reservations.storm(reservations.toString(), token, 1000, i -> body,
                i -> key);

        Map<Integer, Long> statuses = answers.stream()
                .collect(Collectors.groupingBy(Reservations.Answer::status, Collectors.counting()));
        assertTrue(statuses.keySet().stream().allMatch(s -> s == 201 || s == 409), "only 201 or 409: " + statuses);
        Set<String> created = answers.stream().filter(a -> a.status() == 201).map(Reservations.Answer::body)
                .collect(Collectors.toSet());
        assertEquals(1, created.size(), "every 201 is the same response: " + statuses);
        long first = answers.stream().filter(a -> a.status() == 201 && a.replayed() == null).count();
        assertEquals(1, first, "one answer made the reservation, the others replayed it");
        assertTrue(answers.stream().filter(a -> a.status() == 409)
                .allMatch(a -> a.body().contains("still being processed")), "409s say why");

        sara().get("/api/v1/reservations?listingId=" + listing).then().statusCode(200).body("total", equalTo(1));
        johan().get("/api/v1/listings/" + listing).then().body("held", equalTo(2)).body("available", equalTo(48));

        // after it completed: a repeat replays the first response exactly
        String replay = sara().header("Idempotency-Key", key).body(body).post("/api/v1/reservations").then()
                .statusCode(201).header("Idempotent-Replayed", "true").extract().asString();
        assertEquals(created.iterator().next(), replay);
        // the same key with another body: 422, and nothing new
        sara().header("Idempotency-Key", key).body(Map.of("listingId", listing.toString(), "quantity", 3))
                .post("/api/v1/reservations").then().statusCode(422)
                .body("errors[0].field", equalTo("Idempotency-Key"));
        sara().get("/api/v1/reservations?listingId=" + listing).then().body("total", equalTo(1));
        // another person may use the same key for their own request
        se.kretslopp.testsupport.Api.maria().header("Idempotency-Key", key).body(Map.of("listingId", listing.toString(),
                "quantity", 1)).post("/api/v1/reservations").then().statusCode(201);
    }

    @Test
    void theLastPieceIsRecordedAsReservedAndReplayedSo() {
        // the answer is recorded before the hold, with the status as read; reserving the last pieces changes the
        // listing's status, and the recorded answer must follow it
        UUID listing = Reservations.listingOf("Sista dörren " + UUID.randomUUID(), 2);
        String key = "last-" + UUID.randomUUID();
        Map<String, Object> body = Map.of("listingId", listing.toString(), "quantity", 2);
        String first = sara().header("Idempotency-Key", key).body(body).post("/api/v1/reservations").then()
                .statusCode(201).body("listing.status", equalTo("RESERVED")).extract().asString();
        String replay = sara().header("Idempotency-Key", key).body(body).post("/api/v1/reservations").then()
                .statusCode(201).header("Idempotent-Replayed", "true").extract().asString();
        assertEquals(first, replay);
        johan().get("/api/v1/listings/" + listing).then().body("status", equalTo("RESERVED")).body("held", equalTo(2));
    }
}
