package se.kretslopp.ui;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/** The browser headers on API answers (the app's page and assets: LoginJourneyTest, where Quinoa serves them). */
@QuarkusTest
class BrowserHeadersTest {

    @Test
    void everyApiAnswerForbidsSniffingFramingAndForeignScripts() {
        given().get("/api/v1/categories").then().statusCode(200)
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("X-Frame-Options", equalTo("DENY"))
                .header("Referrer-Policy", equalTo("strict-origin-when-cross-origin"))
                .header("Permissions-Policy", containsString("camera=(self)"))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"));
        // problem answers too
        given().get("/api/v1/listings/not-an-id").then().statusCode(404)
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("Content-Security-Policy", containsString("default-src 'self'"));
    }

    @Test
    void theSwaggerUiRunsItsInlineScriptsWithoutAPolicy() {
        given().get("/q/swagger-ui/").then().statusCode(200)
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("Content-Security-Policy", nullValue());
    }
}
