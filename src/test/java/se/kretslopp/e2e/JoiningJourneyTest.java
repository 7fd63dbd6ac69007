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
import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A contractor's person whom the identity provider knows but no organisation of Kretslopp does signs in, is led to
 * the application, applies; the installation's administrator (Ingrid, who has no organisation) approves it in the
 * review page; the contractor signs in again and has their organisation and its working role.
 */
@QuarkusTest
@TestProfile(LoginJourneyTest.WithWebUi.class)
@WithTestResource(value = KeycloakTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class JoiningJourneyTest {

    @TestHTTPResource("/")
    URL app;

    @Test
    void aContractorAppliesIsApprovedAndSignsInAgainWithTheirOrganisation() throws Exception {
        KeycloakUsers.User contractor = KeycloakUsers.create("kontraktor", null);
        KeycloakUsers.User ingrid = KeycloakUsers.createExactly("ingrid", null);
        String name = "Journey Rivning " + UUID.randomUUID().toString().substring(0, 6) + " AB";
        String number = Organisations.newNumber();
        try (Playwright playwright = Browsers.playwright(); Browser browser = Browsers.chromium(playwright)) {
            Page applicant = Browsers.swedishPage(browser);
            Browsers.signIn(applicant, app.toString(), contractor.username(), KeycloakUsers.PASSWORD);
            assertThat(applicant.getByTestId("home-no-organisation")).isVisible();

            applicant.getByTestId("home-apply").click();
            applicant.getByTestId("apply-name").fill(name);
            applicant.getByTestId("apply-number").fill(number);
            applicant.getByTestId("apply-kind").selectOption("CONTRACTOR");
            applicant.getByTestId("apply-contact-name").fill("Kim Kontakt");
            applicant.getByTestId("apply-contact-email").fill("kim@example.org");
            applicant.getByTestId("apply-activity").fill("Vi river och demonterar byggnader i Kalmar län.");
            applicant.getByTestId("apply-submit").click();
            assertThat(applicant.getByTestId("my-application")).hasAttribute("data-status", "PENDING");
            String id = applicant.getByTestId("my-application").getAttribute("data-id");

            Page reviewer = Browsers.swedishPage(browser);
            Browsers.signIn(reviewer, app.toString(), ingrid.username(), KeycloakUsers.PASSWORD);
            assertThat(reviewer.getByTestId("home-admin")).isVisible();
            reviewer.getByTestId("nav-review").click();
            assertThat(reviewer.getByTestId("review-list-page")).isVisible();
            reviewer.navigate(app + "admin/ansokningar/" + id);
            assertThat(reviewer.getByTestId("review-number")).hasText(number);
            reviewer.getByTestId("approve-submit").click();
            assertThat(reviewer.getByTestId("review-approved")).isVisible();

            applicant.reload();
            assertThat(applicant.getByTestId("application-approved")).isVisible();
            applicant.getByTestId("sign-in-again").click();
            // Keycloak's session signs them in again without a form; the new token carries the organisation.
            assertThat(applicant.getByTestId("apply-member")).isVisible();
            applicant.getByTestId("nav-home").click();
            assertThat(applicant.getByTestId("organisation-name")).hasText(name);
            assertThat(applicant.getByTestId("role-contractor")).isVisible();
            assertThat(applicant.getByTestId("role-admin")).isVisible();
            applicant.getByTestId("nav-my-listings").click();
            assertThat(applicant.getByTestId("my-listings-page")).isVisible();
            applicant.getByTestId("nav-members").click();
            assertThat(applicant.getByTestId("member-row")).hasAttribute("data-username", contractor.username());
        }
    }
}
