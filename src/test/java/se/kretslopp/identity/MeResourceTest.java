package se.kretslopp.identity;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.build.Jwt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.kretslopp.testsupport.Tokens;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyIterable;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
class MeResourceTest {

    @ParameterizedTest
    @CsvSource({
            "anna,  kalmar-kommun,         property-unit,    Kalmar kommun,                 MUNICIPALITY",
            "erik,  kalmar-kommun,         admin,            Kalmar kommun,                 MUNICIPALITY",
            "maria, kalmarhem,             property-unit,    Kalmarhem AB,                  MUNICIPAL_COMPANY",
            "johan, kalmar-rivning,        contractor,       Kalmar Rivning & Demontage AB, CONTRACTOR",
            "sara,  smalandsbygg,          builder,          Smålandsbygg AB,               BUILDER",
            "lars,  kalmar-aterbrukslager, storage-operator, Kalmar Återbrukslager,         STORAGE_OPERATOR",
            "karin, morbylanga-kommun,     property-unit,    Mörbylånga kommun,             MUNICIPALITY",
    })
    void returnsTheUserAndTheirOrganisationForEveryRole(String username, String org, String role, String orgName, String kind) {
        given().auth().oauth2(Tokens.of(username, org, role))
                .when().get("/api/v1/me")
                .then().statusCode(200)
                .body("user.username", equalTo(username))
                .body("user.subject", equalTo("sub-" + username))
                .body("user.name", equalTo("Test " + username))
                .body("user.email", equalTo(username + "@example.org"))
                .body("user.roles", contains(role))
                .body("organisation.code", equalTo(org))
                .body("organisation.name", equalTo(orgName))
                .body("organisation.kind", equalTo(kind));
    }

    @Test
    void keepsOnlyTheRolesKretsloppKnows() {
        given().auth().oauth2(Tokens.of("anna", "kalmar-kommun", "offline_access", "property-unit", "admin"))
                .when().get("/api/v1/me")
                .then().statusCode(200)
                .body("user.roles", contains("admin", "property-unit"));
    }

    @Test
    void aUserWithoutRolesStillSeesWhoTheyAre() {
        given().auth().oauth2(Tokens.of("guest", "kalmar-kommun"))
                .when().get("/api/v1/me")
                .then().statusCode(200)
                .body("user.roles", emptyIterable());
    }

    @Test
    void refusesARequestWithoutAToken() {
        given().when().get("/api/v1/me")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Bearer"))
                .body("status", equalTo(401))
                .body("title", equalTo("Authentication required"))
                .body("instance", equalTo("/api/v1/me"));
    }

    @Test
    void refusesATokenForAnotherAudience() {
        String token = Jwt.issuer(Tokens.ISSUER).audience("some-other-service").subject("sub-anna")
                .preferredUserName("anna").claim("org", "kalmar-kommun")
                .claim("realm_access", Map.of("roles", List.of("property-unit"))).sign();
        given().auth().oauth2(token)
                .when().get("/api/v1/me")
                .then().statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void refusesATokenWithoutAnAudience() {
        String token = Jwt.issuer(Tokens.ISSUER).subject("sub-anna").preferredUserName("anna")
                .claim("org", "kalmar-kommun").sign();
        given().auth().oauth2(token)
                .when().get("/api/v1/me")
                .then().statusCode(401);
    }

    @Test
    void refusesATokenOfAnotherIssuer() {
        String token = Tokens.builder("anna", "kalmar-kommun", "property-unit").issuer("https://evil.example.com").sign();
        given().auth().oauth2(token)
                .when().get("/api/v1/me")
                .then().statusCode(401);
    }

    @Test
    void refusesAnExpiredToken() {
        long past = System.currentTimeMillis() / 1000 - 3600;
        String token = Tokens.builder("anna", "kalmar-kommun", "property-unit").issuedAt(past - 600).expiresAt(past).sign();
        given().auth().oauth2(token)
                .when().get("/api/v1/me")
                .then().statusCode(401);
    }

    @Test
    void refusesATokenThatIsNotAJwt() {
        given().auth().oauth2("not-a-token")
                .when().get("/api/v1/me")
                .then().statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void refusesAnUnknownOrganisationWithAClear403() {
        given().auth().oauth2(Tokens.of("mallory", "okand-kommun", "property-unit"))
                .when().get("/api/v1/me")
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:kretslopp:problem:unknown-organisation"))
                .body("title", equalTo("Unknown organisation"))
                .body("detail", containsString("okand-kommun"));
    }

    @Test
    void whatIsOpenToEveryoneIsOpenToSomeoneWithoutAnOrganisation() {
        // an installation admin or a new applicant has no organisation: public pages answer them as a visitor
        for (String token : List.of(Tokens.of("nobody", null, "builder"), Tokens.of("mallory", "okand-kommun",
                "property-unit"))) {
            given().auth().oauth2(token).when().get("/api/v1/climate/factors").then().statusCode(200);
            given().auth().oauth2(token).when().get("/api/v1/search/listings?q=d%C3%B6rr").then().statusCode(200);
            given().auth().oauth2(token).when().get("/api/v1/buildings").then().statusCode(403)
                    .body("type", equalTo("urn:kretslopp:problem:unknown-organisation"));
        }
    }

    @Test
    void refusesATokenWithoutOrganisation() {
        given().auth().oauth2(Tokens.of("nobody", null, "builder"))
                .when().get("/api/v1/me")
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:kretslopp:problem:unknown-organisation"));
    }
}
