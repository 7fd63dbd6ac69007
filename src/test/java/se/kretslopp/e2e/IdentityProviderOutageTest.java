package se.kretslopp.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import se.kretslopp.testsupport.Devstack;
import se.kretslopp.testsupport.Management;

import java.net.URL;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/**
 * Keycloak goes away: tokens it has issued keep working (the service verifies them with the keys it fetched
 * before), readiness stays UP while the dependency check says the identity provider is DOWN, and a person who
 * presses "Logga in" is told that signing in is not available right now, rather than left on a browser error.
 */
@QuarkusTest
@TestProfile(LoginJourneyTest.WithWebUi.class)
@WithTestResource(value = KeycloakTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class IdentityProviderOutageTest {

    @TestHTTPResource("/")
    URL app;

    @Test
    void issuedTokensKeepWorkingAndNewLoginsAreToldWhy() throws Exception {
        String realm = ConfigProvider.getConfig().getValue("quarkus.oidc.auth-server-url", String.class);
        String control = ConfigProvider.getConfig().getValue(KeycloakTestResource.CONTROL_URL, String.class);
        String token = KeycloakTestResource.token(realm, "anna");
        given().auth().oauth2(token).get("/api/v1/me").then().statusCode(200).body("user.username", equalTo("anna"));

        Devstack.control(control, "/parts/keycloak/stop");
        try {
            given().auth().oauth2(token).get("/api/v1/me").then().statusCode(200).body("user.username", equalTo("anna"));
            given().auth().oauth2(token).get("/api/v1/buildings").then().statusCode(200);
            Management.request().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
            Management.request().get("/q/health/group/dependencies").then().statusCode(503)
                    .body("checks.find { it.name == 'Identity provider' }.status", equalTo("DOWN"));

            try (Playwright playwright = Browsers.playwright(); Browser browser = Browsers.chromium(playwright)) {
                Page page = Browsers.swedishPage(browser);
                page.navigate(app.toString());
                page.getByTestId("login").click();
                assertThat(page.getByTestId("error-message")).containsText("Inloggningen är inte tillgänglig just nu");
                assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Till startsidan"))).isVisible();
                        Browsers.assertAccessibleAtBothSizes(page, "the sign-in outage page");
            }
        } finally {
            Devstack.control(control, "/parts/keycloak/start");
        }
        given().auth().oauth2(KeycloakTestResource.token(realm, "erik")).get("/api/v1/me").then().statusCode(200);
    }
}
