package se.kretslopp.common;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/** Over-long URIs and oversized headers get a problem answer (they used to get an empty 414 or 431). */
@QuarkusTest
class RequestSizeLimitsTest {

    @Test
    void anOverLongUriIsA414Problem() {
        given().get("/api/v1/search/listings?q=" + "d".repeat(RequestSizeLimits.MAX_URI_LENGTH))
                .then().statusCode(414)
                .contentType("application/problem+json")
                .body("status", equalTo(414))
                .body("type", equalTo("urn:kretslopp:problem:uri-too-long"));
    }

    @Test
    void aUriOfTenKibibytesUsedToBeRefusedBareAndIsNowAProblemToo() {
        // Vert.x's own limit was 4 KiB and answered with an empty body
        given().get("/api/v1/categories?x=" + "x".repeat(5000)).then().statusCode(200);
        given().get("/api/v1/search/listings?q=" + "x".repeat(10_000)).then().statusCode(414)
                .contentType("application/problem+json");
    }

    @Test
    void oversizedHeadersAreA431Problem() {
        given().header("X-Filler", "h".repeat(RequestSizeLimits.MAX_HEADER_BYTES))
                .get("/api/v1/categories")
                .then().statusCode(431)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:kretslopp:problem:headers-too-large"));
    }

    @Test
    void ordinaryRequestsPass() {
        given().header("X-Filler", "h".repeat(4000)).get("/api/v1/categories?x=" + "d".repeat(7000))
                .then().statusCode(200);
    }
}
