package se.kretslopp.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A person opens Kretslopp in a real browser, signs in on the real Keycloak login page and sees who they are, in
 * Swedish and then in English.
 */
@QuarkusTest
@TestProfile(LoginJourneyTest.WithWebUi.class)
@WithTestResource(value = KeycloakTestResource.class, scope = TestResourceScope.RESTRICTED_TO_CLASS)
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
        try (Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
             Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                     .setExecutablePath(Path.of(System.getProperty("kretslopp.chromium", "/usr/bin/chromium")))
                     .setHeadless(true)
                     .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                             "--disable-background-networking", "--disable-component-update", "--disable-sync")))) {
            // Playwright gives every launch a fresh, temporary user-data directory of its own.
            Page page = browser.newContext(new Browser.NewContextOptions().setLocale("sv-SE")).newPage();
            page.setDefaultTimeout(30_000);

            page.navigate(app.toString());
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Logga in")).click();

            page.waitForURL(Pattern.compile(".*/realms/kretslopp/protocol/openid-connect/auth.*"));
            page.locator("#username").fill("anna");
            page.locator("#password").fill("demo");
            page.locator("#kc-login").click();

            page.waitForURL(Pattern.compile("^" + Pattern.quote(app.toString()) + ".*"));
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
