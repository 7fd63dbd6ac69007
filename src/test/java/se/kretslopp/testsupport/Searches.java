package se.kretslopp.testsupport;

import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

import java.time.Duration;
import java.util.function.Predicate;
import java.util.function.Supplier;

import static io.restassured.RestAssured.given;

/** Searching in tests: the index follows the database within moments, so tests wait for a condition, not a time. */
public final class Searches {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private Searches() {
    }

    /** Searches as an anonymous visitor. */
    public static JsonPath anonymous(String query) {
        return search(given(), query);
    }

    public static JsonPath search(RequestSpecification who, String query) {
        return who.get("/api/v1/search/listings?" + query).then().statusCode(200).extract().jsonPath();
    }

    /** Repeats the search until the answer satisfies the condition; fails with the last answer after 30 s. */
    public static JsonPath until(Supplier<RequestSpecification> who, String query, Predicate<JsonPath> condition) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        JsonPath last = null;
        while (System.nanoTime() < deadline) {
            var response = who.get().get("/api/v1/search/listings?" + query);
            if (response.statusCode() == 200) {
                last = response.jsonPath();
                if (condition.test(last)) {
                    return last;
                }
            }
            sleep();
        }
        throw new AssertionError("The search '" + query + "' never satisfied the condition; last answer: "
                + (last == null ? "none" : last.prettify()));
    }

    /** Waits until the search finds exactly this many listings. */
    public static JsonPath untilTotal(Supplier<RequestSpecification> who, String query, int total) {
        return until(who, query, answer -> answer.getInt("total") == total);
    }

    static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
