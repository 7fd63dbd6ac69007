package se.kretslopp.storage;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import se.kretslopp.testsupport.Api;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An over-long intake cannot be used to make the service work for everyone else: 30,000 lots were validated one by
 * one and answered with 150,001 errors (9.3 MB, 6 s), by any signed-in user.
 */
@QuarkusTest
class IntakeLimitsTest {

    private static String intake(int lots, String lot) {
        StringBuilder body = new StringBuilder("{\"siteId\":\"" + Api.KALMAR_STORE + "\",\"lots\":[");
        for (int i = 0; i < lots; i++) {
            body.append(i == 0 ? "" : ",").append(lot);
        }
        return body.append("]}").toString();
    }

    @Test
    void aRoleThatTakesNoDeliveriesIsRefusedBeforeTheBodyIsRead() {
        Api.sara().body(intake(30_000, "{}")).post("/api/v1/storage/intakes").then().statusCode(403)
                .contentType("application/problem+json");
        Api.anna().body(intake(3, "{}")).post("/api/v1/storage/intakes").then().statusCode(403);
    }

    @Test
    void anArrayLongerThanAnyRequestTakesIsRefusedNamingItWithOneError() {
        Response answer = Api.lars().body(intake(30_000, "{}")).post("/api/v1/storage/intakes");
        answer.then().statusCode(400).contentType("application/problem+json")
                .body("errors", hasSize(1))
                .body("errors.field", contains("lots"))
                .body("detail", containsString("more than 1000"));
        assertTrue(answer.asString().length() < 2000, "a short answer: " + answer.asString().length() + " bytes");
    }

    @Test
    void anAnswerListsAtMostAHundredFieldErrors() {
        // 600 lots, each missing six fields: over the lots' limit (50) but under the array limit
        Api.lars().body(intake(600, "{}")).post("/api/v1/storage/intakes").then().statusCode(400)
                .body("errors", hasSize(100))
                .body("detail", containsString("the first 100 are listed"));
        Api.lars().body(intake(1, "{}")).post("/api/v1/storage/intakes").then().statusCode(400)
                .body("errors.size()", equalTo(6));
    }
}
