package se.kretslopp.e2e;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.net.URL;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/**
 * Issue 17's "done when": a fresh start in the production profile with an empty database, the real Keycloak and a
 * real browser. The first administrator, named in the configuration, signs in and registers Kalmar kommun; a
 * demolition contractor registers an account, applies to join, is approved, signs in again and lists material.
 */
@QuarkusTest
@TestProfile(FreshInstallationJourneyTest.ProductionStart.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FreshInstallationJourneyTest {

    /** The production profile, as a deployment runs it, on servers of its own (none of the other tests' data). */
    public static class ProductionStart implements QuarkusTestProfile {
        @Override
        public String getConfigProfile() {
            return "prod";
        }

        @Override
        public boolean disableGlobalTestResources() {
            return true;
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(FreshInstallationResource.class));
        }

        @Override
        public Map<String, String> getConfigOverrides() {
            // the only stand-ins: no mail relay and no map tiles here
            return Map.of("quarkus.quinoa", "true", "quarkus.mailer.mock", "true",
                    "kretslopp.ui.map-tile-url", "none");
        }
    }

    @TestHTTPResource("/")
    URL app;

    private static String realm() {
        return ConfigProvider.getConfig().getValue("quarkus.oidc.auth-server-url", String.class);
    }

    @Test
    @Order(1)
    void theInstallationStartsWithNoOrganisationAndItsFirstAdministratorFromTheConfiguration() {
        String erik = KeycloakTestResource.token(realm(), FreshInstallationResource.FIRST_ADMIN);
        given().auth().oauth2(erik).get("/api/v1/me").then().statusCode(403)
                .body("type", equalTo("urn:kretslopp:problem:unknown-organisation"));
        given().auth().oauth2(erik).get("/api/v1/me/standing").then().statusCode(200)
                .body("installationAdmin", equalTo(true))
                .body("organisationState", equalTo("UNREGISTERED"));
        given().auth().oauth2(erik).get("/api/v1/admin/organisations").then().statusCode(200)
                .body("total", equalTo(0));
        given().get("/api/v1/search/listings").then().statusCode(200).body("total", equalTo(0));
    }
}
