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

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;

import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

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

    @Test
    @Order(2)
    void theFirstAdministratorRegistersKalmarKommunApprovesAContractorAndTheContractorListsMaterial() throws Exception {
        String company = "Kalmar Rivning & Demontage AB";
        String username = "rivare-" + UUID.randomUUID().toString().substring(0, 8);
        String title = "Innerdörrar i massiv furu, 12 st " + UUID.randomUUID().toString().substring(0, 6);
        try (Playwright playwright = Browsers.playwright(); Browser browser = Browsers.chromium(playwright)) {
            // the first administrator, named in the configuration: his organisation is not registered yet
            Page admin = Browsers.swedishPage(browser);
            Browsers.signIn(admin, app.toString(), FreshInstallationResource.FIRST_ADMIN, "demo");
            Browsers.followMenu(admin, "nav-admin");
            admin.getByTestId("admin-organisations").click();
            assertThat(admin.getByTestId("organisation-row")).hasCount(0);
            assertThat(admin.getByTestId("organisations-empty")).containsText("Registrera organisation");
            Browsers.assertAccessibleAtBothSizes(admin, "no organisations yet");
            admin.getByTestId("organisation-new").click();
            admin.getByTestId("organisation-name").fill("Kalmar kommun");
            assertThat(admin.getByTestId("organisation-code")).hasValue("kalmar-kommun");
            admin.getByTestId("organisation-number").fill("212000-0746");
            admin.getByTestId("organisation-kind").selectOption("MUNICIPALITY");
            admin.getByTestId("organisation-save").click();
            assertThat(admin.getByTestId("organisation-registered")).isVisible();
            assertThat(admin.getByTestId("organisation-page-code")).hasText("kalmar-kommun");
            Browsers.assertAccessible(admin, "the first organisation");
            // his own organisation now exists: he is one of Kalmar kommun's people as well
            admin.navigate(app.toString());
            assertThat(admin.getByTestId("organisation-name")).hasText("Kalmar kommun");

            // a demolition contractor creates an account on the sign-in page and applies to join
            Page contractor = Browsers.swedishPage(browser);
            contractor.navigate(app.toString());
            contractor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Logga in")).click();
            contractor.waitForURL(Pattern.compile(".*/realms/kretslopp/protocol/openid-connect/auth.*"));
            contractor.locator("#kc-registration a").click();
            contractor.locator("#username").fill(username);
            contractor.locator("#email").fill(username + "@example.org");
            contractor.locator("#firstName").fill("Rikard");
            contractor.locator("#lastName").fill("Rivare");
            contractor.locator("#password").fill("Rivning-Kalmar-2026");
            contractor.locator("#password-confirm").fill("Rivning-Kalmar-2026");
            contractor.locator("#kc-register-form [type=submit]").click();
            contractor.waitForURL(Pattern.compile("^" + Pattern.quote(app.toString()) + ".*"));
            assertThat(contractor.getByTestId("home-no-organisation")).isVisible();
            Browsers.assertAccessible(contractor, "the start page of a new account");
            contractor.getByTestId("home-apply").click();
            contractor.getByTestId("apply-name").fill(company);
            contractor.getByTestId("apply-number").fill("556677-8899");
            contractor.getByTestId("apply-kind").selectOption("CONTRACTOR");
            contractor.getByTestId("apply-contact-name").fill("Rikard Rivare");
            contractor.getByTestId("apply-contact-email").fill(username + "@example.org");
            contractor.getByTestId("apply-activity").fill("Vi river och demonterar byggnader i Kalmar län.");
            contractor.getByTestId("apply-submit").click();
            assertThat(contractor.getByTestId("my-application")).hasAttribute("data-status", "PENDING");
            String id = contractor.getByTestId("my-application").getAttribute("data-id");

            // the administrator approves it
            admin.navigate(app + "admin/ansokningar/" + id);
            assertThat(admin.getByTestId("review-number")).hasText("556677-8899");
            admin.getByTestId("approve-submit").click();
            assertThat(admin.getByTestId("review-approved")).isVisible();
            Browsers.assertAccessible(admin, "an approved application");

            // the contractor signs in again, has the organisation and its roles, and lists material
            contractor.reload();
            assertThat(contractor.getByTestId("application-approved")).isVisible();
            contractor.getByTestId("sign-in-again").click();
            assertThat(contractor.getByTestId("apply-member")).isVisible();
            contractor.getByTestId("nav-home").click();
            assertThat(contractor.getByTestId("organisation-name")).hasText(company);
            assertThat(contractor.getByTestId("role-contractor")).isVisible();
            Browsers.followMenu(contractor, "nav-my-listings");
            contractor.getByTestId("new-listing").click();
            contractor.getByTestId("listing-title").fill(title);
            contractor.getByTestId("listing-category").selectOption(new SelectOption().setLabel("Innerdörrar"));
            contractor.getByTestId("listing-quantity").fill("12");
            contractor.getByTestId("listing-location-city").fill("Kalmar");
            contractor.getByTestId("listing-location-latitude").fill("56.6634");
            contractor.getByTestId("listing-location-longitude").fill("16.3568");
            contractor.getByTestId("listing-status-PUBLISHED").check();
            contractor.getByTestId("listing-save").click();
            contractor.waitForURL(Pattern.compile(".*/annonser/[0-9a-f-]{36}$"));
            assertThat(contractor.getByTestId("listing-title")).hasText(title);
            assertThat(contractor.getByTestId("listing-organisation")).hasText(company);
            Browsers.assertAccessibleAtBothSizes(contractor, "the first listing");
        }
        // and anyone finds it (the index follows the database through the outbox, a moment later)
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(60).toNanos();
        int found = 0;
        while (found == 0 && System.nanoTime() < deadline) {
            found = given().queryParam("q", "massiv furu").get("/api/v1/search/listings")
                    .then().statusCode(200).extract().path("total");
            if (found == 0) {
                Thread.sleep(500);
            }
        }
        org.junit.jupiter.api.Assertions.assertEquals(1, found, "the contractor's listing is found in search");
    }
}
