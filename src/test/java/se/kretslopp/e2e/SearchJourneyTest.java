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
import io.restassured.http.ContentType;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Sara, a builder, looks for doors in a real browser: she searches for "dörrar", keeps those in condition 1–2
 * within 10 km of Kalmar, looks at them on the map and opens one. Three door listings of Kalmar Rivning &
 * Demontage, made through the API as Johan, make sure there is something to find whatever the demo data holds.
 */
@QuarkusTest
@TestProfile(LoginJourneyTest.WithWebUi.class)
@WithTestResource(value = KeycloakTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class SearchJourneyTest {

    /** "Innerdörrar" of the seeded category tree (V3__category_seed.sql). */
    private static final String INTERIOR_DOORS = "7c0e0000-0000-4000-8000-000000000101";

    @TestHTTPResource("/")
    URL app;

    @ConfigProperty(name = "quarkus.oidc.auth-server-url")
    String realm;


    @Test
    void saraFindsDoorsNearKalmarInTheListAndOnTheMap() throws Exception {
        // One word no demo listing holds, so the test can also find exactly its own listings.
        String word = "provdorr" + Long.toString(System.nanoTime(), 36);
        String johan = KeycloakTestResource.token(realm, "johan");
        List<String> created = new ArrayList<>();
        try {
            created.add(newDoorListing(johan, "Begagnade dörrar i ek " + word + " A", 1, 56.6650, 16.3600,
                    Map.of("kind", "FIXED", "sek", 450)));
            created.add(newDoorListing(johan, "Begagnade dörrar i furu " + word + " B", 2, 56.6700, 16.3400,
                    Map.of("kind", "FREE")));
            created.add(newDoorListing(johan, "Begagnade dörrar med skador " + word + " C", 3, 56.6600, 16.3700,
                    Map.of("kind", "ON_REQUEST")));
            awaitSearchable(word, 3);

            try (Playwright playwright = Browsers.playwright(); Browser browser = Browsers.chromium(playwright)) {
                Page page = Browsers.swedishPage(browser);
                Browsers.signIn(page, app.toString(), "sara", "demo");
                assertThat(page.getByTestId("user-name")).hasText("Sara Nilsson");

                page.getByTestId("nav-search").click();
                page.getByTestId("search-input").fill("dörrar");
                page.getByTestId("search-input").press("Enter");
                Locator results = page.getByTestId("search-results");
                assertThat(results).hasAttribute("data-query", Pattern.compile("q=d%C3%B6rrar"));
                assertThat(results).hasAttribute("data-state", "ready");
                assertThat(page.getByTestId("search-result").first()).isVisible();
                assertThat(page.getByTestId("search-total")).containsText("annons");
                Browsers.assertAccessibleAtBothSizes(page, "the search results");

                // Condition 1–2, within 10 km of Kalmar (the default place); the link keeps both.
                page.getByTestId("filter-condition-2").check();
                assertThat(results).hasAttribute("data-query", Pattern.compile("conditionMax=2"));
                assertThat(page.getByTestId("filter-place")).hasValue("kalmar");
                page.getByTestId("filter-within").selectOption("10");
                assertThat(results).hasAttribute("data-query", Pattern.compile("conditionMax=2.*withinKm=10"));
                assertThat(results).hasAttribute("data-state", "ready");
                assertTrue(page.url().contains("conditionMax=2") && page.url().contains("withinKm=10"), page.url());
                assertThat(page.getByTestId("search-result").first()).isVisible();
                for (Object condition : (List<?>) page.getByTestId("search-result")
                        .evaluateAll("cards => cards.map(c => Number(c.dataset.condition))")) {
                    assertTrue(((Number) condition).intValue() <= 2, "condition " + condition);
                }
                for (Object km : (List<?>) page.getByTestId("search-result")
                        .evaluateAll("cards => cards.map(c => Number(c.dataset.distanceKm))")) {
                    assertTrue(((Number) km).doubleValue() <= 10.0, "distance " + km);
                }

                // The same hits on the map: single points or clusters with their counts.
                page.getByTestId("view-map").click();
                assertThat(page.getByTestId("search-map")).hasAttribute("data-state", "ready");
                assertThat(page.locator("[data-testid=map-point], [data-testid=map-cluster]").first()).isVisible();
                assertThat(page.getByTestId("map-summary")).containsText("annons");
                Browsers.assertAccessible(page, "the search map");

                // Back to the list, the filters stay; of the test's own doors, the one in condition 3 is left out.
                page.getByTestId("view-list").click();
                page.getByTestId("search-input").fill(word);
                page.getByTestId("search-input").press("Enter");
                assertThat(results).hasAttribute("data-query", Pattern.compile("q=" + word + ".*conditionMax=2"));
                assertThat(results).hasAttribute("data-state", "ready");
                assertThat(page.getByTestId("search-result")).hasCount(2);
                assertThat(results).not().containsText(word + " C");

                Locator first = page.getByTestId("result-title").first();
                String title = first.textContent().trim();
                assertTrue(title.contains(word), title);
                first.click();
                assertThat(page.getByTestId("listing-title")).hasText(title);
                assertThat(page.getByTestId("listing-organisation")).hasText("Kalmar Rivning & Demontage AB");
                assertThat(page.getByTestId("listing-category")).hasText("Innerdörrar");
                Browsers.assertAccessibleAtBothSizes(page, "a listing");

                // A reload and a shared link land on the same page: the service answers UI paths with the app.
                page.reload();
                assertThat(page.getByTestId("listing-title")).hasText(title);
                page.navigate(app.toString().replaceAll("/$", "") + "/sok?q=" + word + "&conditionMax=2");
                assertThat(results).hasAttribute("data-state", "ready");
                assertThat(page.getByTestId("search-result")).hasCount(2);
            }
        } finally {
            for (String id : created) {
                given().auth().oauth2(johan).delete("/api/v1/listings/" + id);
            }
        }
    }


    private static String newDoorListing(String token, String title, int condition, double lat, double lon,
            Map<String, Object> price) {
        Map<String, Object> body = Map.ofEntries(
                Map.entry("title", title),
                Map.entry("description", "Innerdörrar från en skola på Kvarnholmen, hämtas i Kalmar."),
                Map.entry("categoryId", INTERIOR_DOORS),
                Map.entry("material", "Trä"),
                Map.entry("quantity", 6),
                Map.entry("unit", "st"),
                Map.entry("dimensions", Map.of("widthMm", 890, "heightMm", 2090)),
                Map.entry("condition", condition),
                Map.entry("price", price),
                Map.entry("location", Map.of("city", "Kalmar", "latitude", lat, "longitude", lon)),
                Map.entry("visibility", "PUBLIC"),
                Map.entry("status", "PUBLISHED"));
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .post("/api/v1/listings")
                .then().statusCode(201).extract().path("id");
    }

    /**
     * The search index follows the database through the outbox, a moment later: wait until the listings can be
     * found before the browser looks for them.
     */
    private static void awaitSearchable(String word, int count) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        int found = -1;
        while (Instant.now().isBefore(deadline)) {
            var response = given().queryParam("q", word).get("/api/v1/search/listings");
            if (response.statusCode() == 200) {
                found = response.path("total");
                if (found >= count) {
                    return;
                }
            }
            Thread.sleep(250);
        }
        fail("only " + found + " of " + count + " new listings became searchable");
    }
}
