package se.kretslopp.common;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A write that met another (PostgreSQL's deadlock or serialisation failure, raised by PostgreSQL and handed on by
 * Hibernate Reactive as the real ones are) is tried again a few times inside the service; if it keeps failing, the
 * answer is 503 with Retry-After, never a 500. Other failures are not tried again.
 */
@QuarkusTest
class ConcurrentWritesTest {

    @Test
    void aDeadlockIsRetriedAndTheWriteSucceeds() {
        String key = UUID.randomUUID().toString();
        given().post("/api/test/conflicts/" + key + "?failures=2&state=40P01")
                .then().statusCode(200).body("attempts", equalTo(3));
    }

    @Test
    void aSerialisationFailureIsRetriedToo() {
        String key = UUID.randomUUID().toString();
        given().post("/api/test/conflicts/" + key + "?failures=1&state=40001")
                .then().statusCode(200).body("attempts", equalTo(2));
    }

    @Test
    void aDeadlockThatKeepsComingIsA503WithRetryAfter() {
        String key = UUID.randomUUID().toString();
        given().post("/api/test/conflicts/" + key + "?failures=100&state=40P01")
                .then().statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", "2")
                .body("status", equalTo(503));
        assertEquals(1 + ConcurrentWrites.RETRIES, ConflictProbeResource.attempts(key), "tried once and retried");
    }

    @Test
    void aConstraintViolationIsA409AndNotRetried() {
        String key = UUID.randomUUID().toString();
        given().post("/api/test/conflicts/" + key + "?failures=100&state=23514")
                .then().statusCode(409)
                .contentType("application/problem+json");
        given().post("/api/test/conflicts/" + key + "x?failures=100&state=23503")
                .then().statusCode(409);
        assertEquals(1, ConflictProbeResource.attempts(key));
    }

    @Test
    void recognisesTheStatesHoweverWrapped() {
        assertEquals(true, ConcurrentWrites.isConflict(new IllegalStateException(new java.sql.SQLException("x", "40P01"))));
        assertEquals(true, ConcurrentWrites.isConflict(new io.vertx.pgclient.PgException("x", "ERROR", "40001", null)));
        assertEquals(false, ConcurrentWrites.isConflict(new java.sql.SQLException("x", "23505")));
        assertEquals(false, ConcurrentWrites.isConflict(new IllegalStateException("no state")));
    }
}
