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
import se.kretslopp.membership.KeycloakUsers;
import se.kretslopp.testsupport.Organisations;

import java.net.URL;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The installation's administration in a real browser: Ingrid, an installation administrator by the list and of no
 * organisation, registers an organisation through the form (a taken code lands on its field), edits it,
 * deactivates it after the confirmation, reads its history, and checks the audit trail's chain.
 */
@QuarkusTest
@TestProfile(LoginJourneyTest.WithWebUi.class)
@WithTestResource(value = KeycloakTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class AdministrationJourneyTest {

    @TestHTTPResource("/")
    URL app;

    @Test
    void anInstallationAdministratorRegistersEditsAndDeactivatesAnOrganisation() {
        String code = Organisations.newCode();
        String number = Organisations.newNumber();
        try (Playwright playwright = Browsers.playwright(); Browser browser = Browsers.chromium(playwright)) {
            Page page = Browsers.swedishPage(browser);
            // Ingrid administers the installation by the test configuration and has no organisation of her own
            KeycloakUsers.User ingrid = KeycloakUsers.createExactly("ingrid", null);
            Browsers.signIn(page, app.toString(), ingrid.username(), KeycloakUsers.PASSWORD);
            assertThat(page.getByTestId("user-name")).isVisible();

            Browsers.followMenu(page, "nav-admin");
            page.getByTestId("admin-organisations").click();
            page.getByTestId("organisation-new").click();

            // a taken code: the API's refusal lands on the code field
            page.getByTestId("organisation-name").waitFor();
            Browsers.assertAccessible(page, "the new organisation form");
            page.getByTestId("organisation-name").fill("Journeyns Återbruk AB");
            assertThat(page.getByTestId("organisation-code")).hasValue("journeyns-aterbruk-ab");
            page.getByTestId("organisation-code").fill("kalmar-kommun");
            page.getByTestId("organisation-number").fill(number);
            page.getByTestId("organisation-kind").selectOption("STORAGE_OPERATOR");
            page.getByTestId("organisation-save").click();
            assertThat(page.getByTestId("organisation-form").getByTestId("field-error")).hasCount(1);
            assertThat(page.getByTestId("organisation-code")).hasAttribute("aria-invalid", "true");
            Browsers.assertAccessible(page, "the form with a refused field");

            page.getByTestId("organisation-code").fill(code);
            page.getByTestId("organisation-save").click();
            page.waitForURL(Pattern.compile(".*/admin/organisationer/[0-9a-f-]{36}$"));
            assertThat(page.getByTestId("organisation-registered")).isVisible();
            assertThat(page.getByTestId("organisation-page-code")).hasText(code);
            Browsers.assertAccessibleAtBothSizes(page, "an organisation");

            // edited with If-Match
            page.getByTestId("organisation-city").fill("Kalmar");
            page.getByTestId("organisation-save").click();
            assertThat(page.getByTestId("organisation-saved")).isVisible();
            assertThat(page.getByTestId("organisation-city")).hasValue("Kalmar");

            // deactivated after the confirmation, then reactivated
            page.getByTestId("organisation-deactivate").click();
            assertThat(page.getByTestId("confirm-text")).containsText("Ingenting tas bort");
            Browsers.assertAccessible(page, "the confirmation");
            page.getByTestId("confirm-yes").click();
            assertThat(page.getByTestId("organisation-state")).hasText("Avaktiverad");
            page.getByTestId("organisation-reactivate").click();
            page.getByTestId("confirm-yes").click();
            assertThat(page.getByTestId("organisation-state")).hasText("Aktiv");

            // its history: registered, edited, deactivated, reactivated
            assertThat(page.getByTestId("organisation-history").getByTestId("audit-entry")).hasCount(4);

            // in the list, found by its code
            page.navigate(app + "admin/organisationer?q=" + code);
            assertThat(page.getByTestId("organisation-row")).hasCount(1);
            assertThat(page.getByTestId("organisation-row")).hasAttribute("data-code", code);
            Browsers.assertAccessibleAtBothSizes(page, "the organisations");

            // the audit trail: the organisation's changes, and the chain's check
            page.navigate(app + "admin/granskning?resource=organisation");
            assertThat(page.getByTestId("audit-entry").first()).isVisible();
            page.getByTestId("audit-check-run").click();
            assertThat(page.getByTestId("audit-check-result")).isVisible();
            Browsers.assertAccessibleAtBothSizes(page, "the audit trail");
        }
    }
}
