package se.kretslopp.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.util.Map;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A person opens Kretslopp in a real browser, signs in on the real Keycloak login page and sees who they are, in
 * Swedish and then in English.
 */
@QuarkusTest
@TestProfile(LoginJourneyTest.WithWebUi.class)
@WithTestResource(value = KeycloakTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class LoginJourneyTest {

    /** Quinoa builds and serves the web UI only in tests that ask for it. */
    public static class WithWebUi implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.quinoa", "true");
        }
    }

    @TestHTTPResource("/")
    URL app;

    @Test
    void aDemoUserOfKalmarSignsInAndSeesTheirNameAndOrganisation() throws Exception {
        try (Playwright playwright = Browsers.playwright(); Browser browser = Browsers.chromium(playwright)) {
            Page page = Browsers.swedishPage(browser);
            Browsers.signIn(page, app.toString(), "anna", "demo");
            assertThat(page.getByTestId("user-name")).hasText("Anna Lindqvist");
            assertThat(page.getByTestId("organisation-name")).hasText("Kalmar kommun");
            assertThat(page.locator("body")).containsText("Inloggad som");
            assertThat(page.locator("html")).hasAttribute("lang", "sv");

            page.getByTestId("language-switch").click();

            assertThat(page.locator("body")).containsText("Signed in as");
            assertThat(page.getByTestId("user-name")).hasText("Anna Lindqvist");
            assertThat(page.locator("html")).hasAttribute("lang", "en");
        }
    }
}
