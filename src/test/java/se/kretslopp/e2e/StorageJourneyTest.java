package se.kretslopp.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.SelectOption;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Lars, storage operator of Kalmar Återbrukslager, in a real browser with a real Keycloak login: he receives a
 * delivery of downlights from the inventory of Förvaltningshuset Skeppsbron into the receiving area G-03, prints the
 * labels, moves the lot to the rack A-03-2 and sees the occupancy of both locations change on the dashboard.
 */
@QuarkusTest
@TestProfile(LoginJourneyTest.WithWebUi.class)
@WithTestResource(value = KeycloakTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class StorageJourneyTest {

    @TestHTTPResource("/")
    URL app;


    @Test
    void operatorReceivesLabelsMovesAndSeesOccupancy() {
        try (Playwright playwright = Browsers.playwright(); Browser browser = Browsers.chromium(playwright)) {
            Page page = Browsers.swedishPage(browser);
            Browsers.signIn(page, app.toString(), "lars", "demo");

            Browsers.followMenu(page, "nav-storage");
            page.getByRole(com.microsoft.playwright.options.AriaRole.LINK,
                    new Page.GetByRoleOptions().setName("Kalmar mellanlager, Tegelviken").setExact(true)).first().click();
            assertThat(page.getByTestId("occupancy-A-03-2")).hasText("0 / 3 pallplatser");
            String receivingBefore = page.getByTestId("occupancy-G-03").textContent();
            String dashboard = page.url();
            Browsers.assertAccessibleAtBothSizes(page, "the storage site dashboard");

            // the delivery: 20 downlights from the inventory of Förvaltningshuset Skeppsbron, 2 pallet places
            page.getByTestId("new-intake").click();
            page.getByTestId("intake-person").waitFor();
            Browsers.assertAccessible(page, "the intake form");
            page.getByTestId("intake-person").fill("Sofia Berg");
            page.getByTestId("intake-lot-0-building").selectOption(new SelectOption().setLabel("Förvaltningshuset Skeppsbron"));
            page.getByTestId("intake-lot-0-item").selectOption(new SelectOption().setLabel("Downlight, korridor"));
            assertThat(page.getByTestId("intake-lot-0-description")).hasValue("Downlight, korridor");
            page.getByTestId("intake-lot-0-quantity").fill("20");
            page.getByTestId("intake-lot-0-location").selectOption(new SelectOption().setLabel("G-03"));
            page.getByTestId("intake-lot-0-palletPlaces").fill("2");
            page.getByTestId("intake-submit").click();

            String code = page.getByTestId("created-lot-code").first().textContent().strip();
            assertTrue(code.matches("[0-9A-Z]{6}"), code);
            Browsers.assertAccessible(page, "the intake receipt");
            Response sheet = page.waitForResponse(r -> r.url().contains("labels.pdf?lots="),
                    () -> page.getByTestId("print-intake-labels").click());
            assertEquals(200, sheet.status());
            assertEquals("application/pdf", sheet.headerValue("content-type"));

            // the lot's own page: its label, then the move from the receiving area into the rack
            page.getByTestId("created-lot-code").first().click();
            assertThat(page.getByTestId("lot-code")).hasText(code);
            Response label = page.waitForResponse(r -> r.url().endsWith("/label.pdf"),
                    () -> page.getByTestId("print-lot-label").click());
            assertEquals(200, label.status());
            page.getByTestId("move-from").selectOption(new SelectOption().setLabel("G-03"));
            page.getByTestId("move-to").selectOption(new SelectOption().setLabel("A-03-2"));
            page.getByTestId("move-quantity").fill("20");
            page.getByTestId("move-reason").fill("Till pallställ");
            page.getByTestId("move-submit").click();
            assertThat(page.getByTestId("lot-action-done")).isVisible();
            assertThat(page.getByTestId("balance-A-03-2")).containsText("20");
            assertThat(page.getByTestId("movement-row")).hasCount(2);

            // the dashboard: the rack now holds the 2 pallet places the receiving area gave up
            page.navigate(dashboard);
            assertThat(page.getByTestId("occupancy-A-03-2")).hasText("2 / 3 pallplatser");
            assertThat(page.getByTestId("occupancy-G-03")).hasText(receivingBefore);
            Browsers.assertAccessible(page, "the dashboard after the move");

            // the code, typed on the phone's scan page, leads back to the lot
            page.navigate(app + "lager/skanna");
            page.getByTestId("scan-code-input").waitFor();
            Browsers.assertAccessibleAtBothSizes(page, "the scan page");
            page.getByTestId("scan-code-input").fill(code.toLowerCase());
            page.getByTestId("scan-code-submit").click();
            page.waitForURL(Pattern.compile(".*/lager/poster/.*"));
            assertThat(page.getByTestId("lot-code")).hasText(code);
            Browsers.assertAccessibleAtBothSizes(page, "a lot");
        }
    }
}
