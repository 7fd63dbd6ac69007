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
            page.navigate(app.toString());
            page.getByTestId("login").waitFor();
            Browsers.assertAccessibleAtBothSizes(page, "the start page for visitors");
            Browsers.signIn(page, app.toString(), "anna", "demo");
            assertThat(page.getByTestId("user-name")).hasText("Anna Lindqvist");
            assertThat(page.getByTestId("organisation-name")).hasText("Kalmar kommun");
            assertThat(page.locator("body")).containsText("Inloggad som");
            assertThat(page.locator("html")).hasAttribute("lang", "sv");
            Browsers.assertAccessibleAtBothSizes(page, "the start page, signed in");

            page.getByTestId("language-switch").click();

            assertThat(page.locator("body")).containsText("Signed in as");
            assertThat(page.getByTestId("user-name")).hasText("Anna Lindqvist");
            assertThat(page.locator("html")).hasAttribute("lang", "en");
            Browsers.assertAccessible(page, "the start page in English");
        }
    }

    @Test
    void theAppsPageIsRevalidatedItsAssetsAreKeptAndBothCarryTheBrowserPolicy() throws Exception {
        java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
        java.net.http.HttpResponse<String> page = client.send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(app + "sok")).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        org.junit.jupiter.api.Assertions.assertEquals(200, page.statusCode());
        org.junit.jupiter.api.Assertions.assertEquals("no-cache", page.headers().firstValue("Cache-Control").orElse(""));
        String policy = page.headers().firstValue("Content-Security-Policy").orElse("");
        org.junit.jupiter.api.Assertions.assertTrue(policy.contains("frame-ancestors 'none'")
                && policy.contains("script-src 'self'"), policy);
        org.junit.jupiter.api.Assertions.assertEquals("nosniff",
                page.headers().firstValue("X-Content-Type-Options").orElse(""));
        java.util.regex.Matcher asset = java.util.regex.Pattern.compile("/assets/[^\"]+\\.js").matcher(page.body());
        org.junit.jupiter.api.Assertions.assertTrue(asset.find(), "the page names its script");
        java.net.http.HttpResponse<Void> script = client.send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(app + asset.group().substring(1))).build(),
                java.net.http.HttpResponse.BodyHandlers.discarding());
        org.junit.jupiter.api.Assertions.assertEquals(200, script.statusCode());
        org.junit.jupiter.api.Assertions.assertEquals("public, max-age=31536000, immutable",
                script.headers().firstValue("Cache-Control").orElse(""));
    }
}
