package se.kretslopp.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.net.URL;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Erik (admin, Kalmar kommun) follows up the climate goals: the dashboard shows the demo handovers with charts and
 * the source, the method page the formula and the mapping table; a visitor opens the public page. In Swedish.
 */
@QuarkusTest
@TestProfile(LoginJourneyTest.WithWebUi.class)
@WithTestResource(value = KeycloakTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class ClimateJourneyTest {

    @TestHTTPResource("/")
    URL app;

    @Test
    void dashboardMethodAndPublicPageRenderInSwedish() {
        try (Playwright playwright = Browsers.playwright(); Browser browser = Browsers.chromium(playwright)) {
            Page erik = Browsers.swedishPage(browser);
            Browsers.signIn(erik, app.toString(), "erik", "demo");
            assertThat(erik.getByTestId("user-name")).isVisible();
            erik.getByTestId("nav-climate").click();
            assertThat(erik.getByTestId("impact-dashboard")).containsText("Klimatnytta");
            assertThat(erik.getByTestId("total-handovers")).containsText("Överlämningar");
            assertThat(erik.getByTestId("impact-source")).containsText("Boverkets klimatdatabas, version 02.06.000");
            assertThat(erik.getByTestId("chart-time").locator("svg").first()).isVisible();
            assertThat(erik.getByTestId("chart-category").locator("svg").first()).isVisible();
            assertThat(erik.getByTestId("impact-table")).containsText("Totalt");
            Browsers.assertAccessibleAtBothSizes(erik, "the climate dashboard");

            erik.getByTestId("method-link").click();
            assertThat(erik.getByTestId("method-page")).containsText("Så räknar vi klimatnyttan");
            assertThat(erik.getByTestId("method-formula")).containsText("0.0042");
            assertThat(erik.getByTestId("method-source")).containsText("02.06.000");
            assertThat(erik.getByTestId("mapping-table")).containsText("Fönster");
            Browsers.assertAccessible(erik, "the climate method");

            Page visitor = Browsers.swedishPage(browser);
            visitor.navigate(app + "klimat/publik/kalmar-kommun");
            assertThat(visitor.getByTestId("public-impact")).containsText("Återbruk i Kalmar kommun");
            assertThat(visitor.getByTestId("public-source")).containsText("Boverkets klimatdatabas");
            assertThat(visitor.getByTestId("chart-time").locator("svg").first()).isVisible();
            Browsers.assertAccessibleAtBothSizes(visitor, "the public climate page");
        }
    }
}
