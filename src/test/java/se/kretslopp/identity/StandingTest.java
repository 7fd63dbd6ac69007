package se.kretslopp.identity;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import se.kretslopp.testsupport.Tokens;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/** {@code GET /api/v1/me/standing}: answered to everyone signed in, whatever their organisation's state. */
@QuarkusTest
class StandingTest {

    @Test
    void aMemberOfAnActiveOrganisation() {
        given().auth().oauth2(Tokens.of("anna", "kalmar-kommun", "property-unit"))
                .when().get("/api/v1/me/standing")
                .then().statusCode(200)
                .body("username", equalTo("anna"))
                .body("name", equalTo("Test anna"))
                .body("installationAdmin", equalTo(false))
                .body("organisationCode", equalTo("kalmar-kommun"))
                .body("organisationState", equalTo("ACTIVE"))
                .body("organisationName", equalTo("Kalmar kommun"));
    }

    @Test
    void someoneWhoseOrganisationIsNotRegisteredGetsAnAnswerWhereMeRefuses() {
        String token = Tokens.of("nils", "nils-bygg-ab");
        given().auth().oauth2(token).when().get("/api/v1/me").then().statusCode(403);
        given().auth().oauth2(token)
                .when().get("/api/v1/me/standing")
                .then().statusCode(200)
                .body("organisationCode", equalTo("nils-bygg-ab"))
                .body("organisationState", equalTo("UNREGISTERED"))
                .body("organisationName", nullValue());
    }

    @Test
    void theFirstAdministratorFromTheConfigurationWithoutAnyOrganisation() {
        given().auth().oauth2(Tokens.of("ingrid", null))
                .when().get("/api/v1/me/standing")
                .then().statusCode(200)
                .body("installationAdmin", equalTo(true))
                .body("organisationCode", nullValue())
                .body("organisationState", equalTo("NONE"));
    }

    @Test
    void theRealmRoleMakesAnAdministratorToo() {
        given().auth().oauth2(Tokens.of("anna", "kalmar-kommun", "installation-admin"))
                .when().get("/api/v1/me/standing")
                .then().statusCode(200)
                .body("installationAdmin", equalTo(true));
    }

    @Test
    void withoutATokenIs401() {
        given().when().get("/api/v1/me/standing").then().statusCode(401);
    }
}
