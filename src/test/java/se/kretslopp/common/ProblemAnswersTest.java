package se.kretslopp.common;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import se.kretslopp.testsupport.Tokens;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
class ProblemAnswersTest {

    @Test
    void anUnknownApiPathIsAProblem() {
        given().auth().oauth2(Tokens.of("anna", "kalmar-kommun", "property-unit"))
                .when().get("/api/v1/no-such-thing")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("title", equalTo("Not found"));
    }

    @Test
    void anUnknownApiPathIsAProblemEvenOutsideVersionOne() {
        given().when().get("/api/v9/whatever")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:kretslopp:problem:not-found"));
    }

    @Test
    void aWrongMethodIsAProblem() {
        given().auth().oauth2(Tokens.of("anna", "kalmar-kommun", "property-unit"))
                .when().delete("/api/v1/me")
                .then().statusCode(405)
                .contentType("application/problem+json")
                .body("status", equalTo(405));
    }

    @Test
    void theUiConfigurationIsPublic() {
        given().when().get("/api/v1/ui-config")
                .then().statusCode(200)
                .body("oidc.clientId", equalTo("kretslopp-web"))
                .body("oidc.authority", notNullValue())
                .body("accessibility.contact", equalTo("tillganglighet@example.org"));
    }
}
