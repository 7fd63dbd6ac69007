package se.kretslopp.reservation;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import se.kretslopp.testsupport.Reservations;
import se.kretslopp.testsupport.Tokens;

import java.math.BigDecimal;
import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.kretslopp.testsupport.Api.johan;
import static se.kretslopp.testsupport.Api.sara;

/**
 * 500 requests at once to reserve 1 of a listing that has 100: exactly 100 succeed, 400 are refused with 409, and
 * available + held + handed over is what the listing started with. Twenty storms, each on a fresh listing, some of
 * whose reservations are handed over or cancelled in between so that all three parts of the sum are exercised.
 */
@QuarkusTest
class ReservationStormTest {

    @TestHTTPResource("/api/v1/reservations")
    URL reservations;

    @Test
    void fiveHundredBuyersHundredDoors() {
        String token = Tokens.builder("sara", "smalandsbygg", "builder").expiresIn(3600).sign();
        int storms = Integer.getInteger("kretslopp.storms", 20);
        for (int storm = 1; storm <= storms; storm++) {
            UUID listing = Reservations.listingOf("Storm " + storm + " " + UUID.randomUUID(), 100);
            String body = "{\"listingId\":\"" + listing + "\",\"quantity\":1}";
            List<Reservations.Answer> answers = Reservations.storm(reservations.toString(), token, 500, i -> body, null);
            Map<Integer, Long> statuses = answers.stream().collect(Collectors.groupingBy(Reservations.Answer::status,
                    Collectors.counting()));
            assertEquals(Map.of(201, 100L, 409, 400L), statuses, "storm " + storm);
            assertTrue(answers.stream().filter(a -> a.status() == 409).allMatch(a -> a.body().contains("can be reserved")),
                    "every refusal says why");

            johan().get("/api/v1/listings/" + listing).then().statusCode(200)
                    .body("status", org.hamcrest.Matchers.equalTo("RESERVED"))
                    .body("available", org.hamcrest.Matchers.equalTo(0))
                    .body("held", org.hamcrest.Matchers.equalTo(100));

            // one reservation is handed over, another cancelled: the sum still holds, and one is free again
            List<String> created = answers.stream().filter(a -> a.status() == 201)
                    .map(a -> JsonPath.from(a.body()).getString("id")).toList();
            johan().body(Map.of("quantity", 1)).post("/api/v1/reservations/" + created.get(0) + "/handover")
                    .then().statusCode(200);
            sara().post("/api/v1/reservations/" + created.get(1) + "/cancel").then().statusCode(200);

            JsonPath after = johan().get("/api/v1/listings/" + listing).then().statusCode(200).extract().jsonPath();
            BigDecimal available = new BigDecimal(after.getString("available"));
            BigDecimal held = new BigDecimal(after.getString("held"));
            long handedOver = sara().get("/api/v1/reservations?role=buyer&listingId=" + listing + "&status=HANDED_OVER")
                    .then().extract().jsonPath().getLong("total");
            assertEquals(new BigDecimal(100), available.add(held).add(BigDecimal.valueOf(handedOver)),
                    "available + held + handed over = starting quantity (storm " + storm + ")");
            assertEquals(new BigDecimal(98), held);
            assertEquals(new BigDecimal(1), available);
            assertEquals("PUBLISHED", after.getString("status"));
        }
    }
}
