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

import io.quarkus.mailer.MockMailbox;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;

import java.net.URL;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    @Inject
    MockMailbox mailbox;

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
            Browsers.assertAccessibleAtBothSizes(applicant, "the start page without an organisation");

            applicant.getByTestId("home-apply").click();
            applicant.getByTestId("apply-name").waitFor();
            Browsers.assertAccessible(applicant, "the application form");
            applicant.getByTestId("apply-name").fill(name);
            applicant.getByTestId("apply-number").fill(number);
            applicant.getByTestId("apply-kind").selectOption("CONTRACTOR");
            applicant.getByTestId("apply-contact-name").fill("Kim Kontakt");
            applicant.getByTestId("apply-contact-email").fill("kim@example.org");
            applicant.getByTestId("apply-activity").fill("Vi river och demonterar byggnader i Kalmar län.");
            applicant.getByTestId("apply-submit").click();
            assertThat(applicant.getByTestId("my-application")).hasAttribute("data-status", "PENDING");
            String id = applicant.getByTestId("my-application").getAttribute("data-id");
            Browsers.assertAccessible(applicant, "the pending application");

            Page reviewer = Browsers.swedishPage(browser);
            Browsers.signIn(reviewer, app.toString(), ingrid.username(), KeycloakUsers.PASSWORD);
            assertThat(reviewer.getByTestId("home-admin")).isVisible();
            Browsers.followMenu(reviewer, "nav-review");
            assertThat(reviewer.getByTestId("review-list-page")).isVisible();
            Browsers.assertAccessibleAtBothSizes(reviewer, "the applications to review");
            reviewer.navigate(app + "admin/ansokningar/" + id);
            assertThat(reviewer.getByTestId("review-number")).hasText(number);
            Browsers.assertAccessible(reviewer, "an application");
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
            Browsers.assertAccessible(applicant, "the start page of a new member");
            Browsers.followMenu(applicant, "nav-my-listings");
            assertThat(applicant.getByTestId("my-listings-page")).isVisible();
            Browsers.followMenu(applicant, "nav-members");
            assertThat(applicant.getByTestId("member-row")).hasAttribute("data-username", contractor.username());
            Browsers.assertAccessibleAtBothSizes(applicant, "the members page");
        }
    }

    /**
     * An organisation's admin invites a colleague on the members page; the colleague follows the emailed link
     * before signing in, signs in from it, comes back to it, accepts and, signed in again, belongs to the
     * organisation with the role given.
     */
    @Test
    void anAdminInvitesAColleagueWhoSignsInFromTheLinkAndAccepts() throws Exception {
        KeycloakUsers.User admin = KeycloakUsers.create("admin", null);
        KeycloakUsers.User colleague = KeycloakUsers.create("kollega", null);
        String ingrid = KeycloakUsers.createExactly("ingrid", null).token();
        String name = "Inbjudan Bygg " + UUID.randomUUID().toString().substring(0, 6) + " AB";
        String id = given().auth().oauth2(admin.token()).contentType(ContentType.JSON)
                .body(Map.of("organisationName", name, "organisationNumber", Organisations.newNumber(),
                        "kind", "BUILDER", "contact", Map.of("name", "Kim Kontakt", "email", "kim@example.org"),
                        "activity", "Vi bygger om."))
                .post("/api/v1/organisation-applications").then().statusCode(201).extract().path("id");
        given().auth().oauth2(ingrid).contentType(ContentType.JSON).body("{}")
                .post("/api/v1/admin/organisation-applications/" + id + "/approve").then().statusCode(200);
        String email = colleague.username() + "@example.org";

        try (Playwright playwright = Browsers.playwright(); Browser browser = Browsers.chromium(playwright)) {
            Page inviter = Browsers.swedishPage(browser);
            Browsers.signIn(inviter, app.toString(), admin.username(), KeycloakUsers.PASSWORD);
            Browsers.followMenu(inviter, "nav-members");
            assertThat(inviter.getByTestId("member-row")).hasAttribute("data-username", admin.username());
            inviter.getByTestId("invite-email").fill(email);
            inviter.getByTestId("invite-role").selectOption("builder");
            inviter.getByTestId("invite-submit").click();
            assertThat(inviter.getByTestId("invite-sent")).isVisible();
            assertThat(inviter.getByTestId("invitation-row")).hasAttribute("data-email", email);
            Browsers.assertAccessible(inviter, "the members page with an invitation");

            Matcher link = Pattern.compile("/joining/invitation\\?token=[A-Za-z0-9_-]{43}")
                    .matcher(mailbox.getMailsSentTo(email).get(0).getText());
            assertTrue(link.find(), "the email carries the link");
            Page invited = Browsers.swedishPage(browser);
            invited.navigate(app + link.group().substring(1));
            invited.getByTestId("invitation-login").waitFor();
            Browsers.assertAccessibleAtBothSizes(invited, "an invitation before signing in");
            invited.getByTestId("invitation-login").click();
            invited.locator("#username").fill(colleague.username());
            invited.locator("#password").fill(KeycloakUsers.PASSWORD);
            invited.locator("#kc-login").click();
            invited.getByTestId("invitation-accept").waitFor();
            Browsers.assertAccessible(invited, "an invitation to accept");
            invited.getByTestId("invitation-accept").click();
            assertThat(invited.getByTestId("invitation-accepted")).containsText(name);
            invited.getByTestId("sign-in-again").click();
            assertThat(invited.getByTestId("invitation-member")).containsText(name);
            invited.getByTestId("invitation-home").click();
            assertThat(invited.getByTestId("organisation-name")).hasText(name);
            assertThat(invited.getByTestId("role-builder")).isVisible();
            Browsers.assertAccessible(invited, "the start page of the invited member");
        }
    }
}
