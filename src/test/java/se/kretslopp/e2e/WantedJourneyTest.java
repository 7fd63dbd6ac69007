package se.kretslopp.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;

/**
 * Supply meets demand, in real browsers with real Keycloak logins: Sara (builder) searches for a door, finds none
 * and saves the search as a wanted request; Johan (contractor) publishes a matching door from the listing form;
 * Sara's bell tells her, and her request shows the match with the reasons it matched.
 */
@QuarkusTest
@TestProfile(LoginJourneyTest.WithWebUi.class)
@WithTestResource(value = KeycloakTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class WantedJourneyTest {

    private static final String INTERIOR_DOORS = "7c0e0000-0000-4000-8000-000000000101";

    @TestHTTPResource("/")
    URL app;

    @ConfigProperty(name = "quarkus.oidc.auth-server-url")
    String realm;

    @Test
    void builderSavesASearchContractorPublishesBuilderIsToldWithReasons() {
        // a word no other listing has, so that the search finds nothing and the match is this journey's own
        String word = "k" + UUID.randomUUID().toString().replace("-", "").substring(0, 6).replaceAll("\\d", "q");
        String title = "Innerdörr " + word + ", furu";

        try (Playwright playwright = Browsers.playwright(); Browser browser = Browsers.chromium(playwright)) {
            // Sara searches, finds nothing, and saves the search as a request
            Page sara = Browsers.swedishPage(browser);
            Browsers.signIn(sara, app.toString(), "sara", "demo");
            assertThat(sara.getByTestId("user-name")).isVisible();
            sara.navigate(app + "sok?q=" + "innerdörr%20" + word);
            sara.getByTestId("search-save-wanted").waitFor();
            Browsers.assertAccessible(sara, "a search without results");
            sara.getByTestId("search-save-wanted").click();
            assertThat(sara.getByTestId("wanted-text")).hasValue("innerdörr " + word);
            Browsers.assertAccessible(sara, "the wanted form");
            sara.getByTestId("wanted-quantity").fill("4");
            sara.getByTestId("wanted-save").click();
            sara.waitForURL(Pattern.compile(".*/efterfragan/[0-9a-f-]{36}$"));
            String wantedId = sara.url().substring(sara.url().lastIndexOf('/') + 1);
            assertThat(sara.getByTestId("wanted-status")).hasText("Aktiv");
            assertThat(sara.getByTestId("wanted-no-matches")).isVisible();
            Browsers.assertAccessibleAtBothSizes(sara, "a wanted request without matches");

            // Johan publishes a matching door from the listing form
            Page johan = Browsers.swedishPage(browser);
            Browsers.signIn(johan, app.toString(), "johan", "demo");
            assertThat(johan.getByTestId("user-name")).isVisible();
            johan.navigate(app + "annonser/ny");
            johan.getByTestId("listing-title").waitFor();
            Browsers.assertAccessible(johan, "the new listing form");
            johan.getByTestId("listing-title").fill(title);
            johan.getByTestId("listing-category").selectOption(INTERIOR_DOORS);
            johan.getByTestId("listing-quantity").fill("6");
            johan.getByTestId("listing-unit").selectOption("st");
            johan.getByTestId("listing-condition-2").check();
            johan.getByTestId("listing-price-FREE").check();
            johan.getByTestId("listing-dimensions-width-mm").fill("890");
            johan.getByTestId("listing-dimensions-height-mm").fill("2090");
            johan.getByTestId("listing-location-city").fill("Kalmar");
            johan.getByTestId("listing-location-latitude").fill("56.67");
            johan.getByTestId("listing-location-longitude").fill("16.35");
            johan.getByTestId("listing-visibility-PUBLIC").check();
            johan.getByTestId("listing-status-PUBLISHED").check();
            johan.getByTestId("listing-save").click();
            johan.waitForURL(Pattern.compile(".*/annonser/[0-9a-f-]{36}$"));
            johan.getByTestId("listing-title").waitFor();
            Browsers.assertAccessible(johan, "the published listing");

            // the alert is written as soon as the listing is indexed; the bell shows it after a reload
            String token = KeycloakTestResource.token(realm, "sara");
            long deadline = System.nanoTime() + 30_000_000_000L;
            while (System.nanoTime() < deadline && !alerted(token, wantedId)) {
                sara.waitForTimeout(300);
            }
            sara.navigate(app + "efterfragan");
            sara.getByTestId("wanted-list").waitFor();
            Browsers.assertAccessible(sara, "my wanted requests");
            sara.getByTestId("notifications-bell").click();
            Locator alert = sara.getByTestId("notification-item").filter(new Locator.FilterOptions().setHasText(title));
            assertThat(alert).hasAttribute("data-kind", "WANTED_MATCH");
            assertThat(alert).containsText("innerdörr " + word);
            alert.getByRole(com.microsoft.playwright.options.AriaRole.LINK).click();
            sara.waitForURL(Pattern.compile(".*/efterfragan/" + wantedId));

            // the request shows the match, with why it matched
            Locator match = sara.getByTestId("wanted-match").filter(new Locator.FilterOptions().setHasText(title));
            assertThat(match).isVisible();
            assertThat(match.locator("[data-criterion=text]")).hasAttribute("data-held", "true");
            assertThat(match.locator("[data-criterion=quantity]")).hasAttribute("data-held", "true");
            assertThat(match).containsText("Aviserad");
            Browsers.assertAccessibleAtBothSizes(sara, "a wanted request with its match");
        }
    }

    private boolean alerted(String token, String wantedId) {
        List<Map<String, Object>> items = given().auth().oauth2(token).get(app + "api/v1/notifications?size=50")
                .then().statusCode(200).extract().jsonPath().getList("items");
        return items.stream().anyMatch(n -> wantedId.equals(n.get("wantedRequestId")));
    }
}
