package se.kretslopp.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import se.kretslopp.membership.KeycloakUsers;

import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The frame of every page in a real browser, as the user test of 2026-12-03 found it wanting: the header fits
 * 1280 px for every demo role (no sideways scrolling), folds into one menu button on a phone, the focus lands on
 * the new page's heading after a menu click, the search results are a few Tab presses from the search box, a
 * visitor can sign in to reserve and come back to the listing, and the accessibility statement is in the footer.
 */
@QuarkusTest
@TestProfile(LoginJourneyTest.WithWebUi.class)
@WithTestResource(value = KeycloakTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class ShellJourneyTest {

    /** "Innerdörrar" of the seeded category tree (V3__category_seed.sql). */
    private static final String INTERIOR_DOORS = "7c0e0000-0000-4000-8000-000000000101";

    @TestHTTPResource("/")
    URL app;

    @ConfigProperty(name = "quarkus.oidc.auth-server-url")
    String realm;

    @Test
    void theHeaderFitsOneLineAt1280PixelsForEveryRoleInBothLanguages() {
        // The demo roles, and Ingrid, who administers the installation without an organisation of her own.
        String ingrid = KeycloakUsers.createExactly("ingrid", null).username();
        try (Playwright playwright = Browsers.playwright(); Browser browser = Browsers.chromium(playwright)) {
            for (String user : List.of("johan", "erik", "anna", "lars", "sara", ingrid)) {
                Page page = Browsers.swedishPage(browser);
                page.setViewportSize(1280, 800);
                Browsers.signIn(page, app.toString(), user, user.equals(ingrid) ? KeycloakUsers.PASSWORD : "demo");
                assertThat(page.getByTestId("user-name")).isVisible();
                assertThat(page.getByTestId("nav-my-data")).isAttached();
                page.waitForLoadState(LoadState.NETWORKIDLE);
                assertFits(page, user + " (sv)", 80);

                page.getByTestId("language-switch").click();
                assertThat(page.locator("html")).hasAttribute("lang", "en");
                assertFits(page, user + " (en)", 80);
                page.context().close();
            }
        }
    }

    @Test
    void onAPhoneTheMenuIsOneButtonAndAMenuClickLeavesTheFocusOnTheNewPagesHeading() {
        try (Playwright playwright = Browsers.playwright(); Browser browser = Browsers.chromium(playwright)) {
            Page page = Browsers.swedishPage(browser);
            page.setViewportSize(390, 844);
            Browsers.signIn(page, app.toString(), "johan", "demo");
            assertThat(page.getByTestId("user-name")).isVisible();
            page.waitForLoadState(LoadState.NETWORKIDLE);
            assertFits(page, "johan on a phone", 100);

            Locator toggle = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Meny"));
            assertThat(toggle).hasAttribute("aria-expanded", "false");
            assertThat(page.getByTestId("nav-search")).isHidden();
            toggle.click();
            assertThat(toggle).hasAttribute("aria-expanded", "true");
            assertThat(page.locator("#" + toggle.getAttribute("aria-controls"))).isVisible();
            assertThat(page.getByTestId("nav-incoming-reservations")).isVisible();
            page.keyboard().press("Escape");
            assertThat(toggle).hasAttribute("aria-expanded", "false");
            assertThat(toggle).isFocused();

            toggle.click();
            page.getByTestId("nav-incoming-reservations").click();
            page.waitForURL(Pattern.compile(".*/reservationer/inkommande$"));
            assertThat(toggle).hasAttribute("aria-expanded", "false");
            Locator heading = page.locator("main h1");
            assertThat(heading).isFocused();
            // Closing the menu does not take the focus back to its button.
            page.waitForTimeout(500);
            assertThat(heading).isFocused();

            // The same on a wide screen, through a group of the menu.
            page.setViewportSize(1280, 800);
            Locator group = page.getByTestId("nav-group-wanted");
            group.click();
            assertThat(group).hasAttribute("aria-expanded", "true");
            page.getByTestId("nav-demand").click();
            page.waitForURL(Pattern.compile(".*/efterfragan/oversikt$"));
            assertThat(group).hasAttribute("aria-expanded", "false");
            assertThat(page.locator("main h1")).isFocused();
        }
    }

    @Test
    void aVisitorSkipsTheFiltersToTheResultsSignsInToReserveAndComesBackToTheListing() throws Exception {
        String word = "skaldorr" + Long.toString(System.nanoTime(), 36);
        String johan = KeycloakTestResource.token(realm, "johan");
        String id = given().auth().oauth2(johan).contentType(ContentType.JSON).body(Map.ofEntries(
                        Map.entry("title", "Innerdörr " + word),
                        Map.entry("description", "En innerdörr från en skola på Kvarnholmen."),
                        Map.entry("categoryId", INTERIOR_DOORS),
                        Map.entry("material", "Trä"),
                        Map.entry("quantity", 2),
                        Map.entry("unit", "st"),
                        Map.entry("condition", 2),
                        Map.entry("price", Map.of("kind", "FREE")),
                        Map.entry("location", Map.of("city", "Kalmar", "latitude", 56.66, "longitude", 16.36)),
                        Map.entry("visibility", "PUBLIC"),
                        Map.entry("status", "PUBLISHED")))
                .post("/api/v1/listings").then().statusCode(201).extract().path("id");
        try {
            awaitSearchable(word);
            try (Playwright playwright = Browsers.playwright(); Browser browser = Browsers.chromium(playwright)) {
                Page page = Browsers.swedishPage(browser);
                page.setViewportSize(1280, 800);
                page.navigate(app + "sok?q=" + word);
                assertThat(page.getByTestId("search-results")).hasAttribute("data-state", "ready");
                assertThat(page.getByTestId("search-result")).hasCount(1);

                // From the search box: the skip link comes at once, and the first result a few presses after it.
                page.getByTestId("search-input").focus();
                int presses = tabUntil(page, "skip-to-results", 5);
                page.keyboard().press("Enter");
                presses += tabUntil(page, "result-title", 8);
                assertTrue(presses <= 8, presses + " Tab presses from the search box to the first result");

                // The footer's accessibility statement.
                page.getByTestId("footer-accessibility").click();
                assertThat(page.locator("main h1")).hasText("Tillgänglighet för Kretslopp");
                assertThat(page.getByTestId("statement-status")).containsText("delvis förenlig");

                // A visitor on the listing signs in to reserve and comes back to it, with "Reservera".
                page.navigate(app + "annonser/" + id);
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Logga in för att reservera")).click();
                page.waitForURL(Pattern.compile(".*/realms/kretslopp/protocol/openid-connect/auth.*"));
                page.locator("#username").fill("sara");
                page.locator("#password").fill("demo");
                page.locator("#kc-login").click();
                page.waitForURL(Pattern.compile(".*/annonser/" + id + "$"));
                assertThat(page.getByTestId("reserve-open")).hasText("Reservera");
                assertThat(page.getByTestId("reserve-login")).hasCount(0);
            }
        } finally {
            given().auth().oauth2(johan).delete("/api/v1/listings/" + id);
        }
    }

    /** Neither the header nor the page scrolls sideways, and the header is at most `maxHeight` pixels high. */
    private static void assertFits(Page page, String who, int maxHeight) {
        @SuppressWarnings("unchecked")
        Map<String, Number> m = (Map<String, Number>) page.evaluate("() => { const h = document.querySelector('header');"
                + " return { header: h.scrollWidth - h.clientWidth, page: document.documentElement.scrollWidth - window.innerWidth,"
                + " height: h.getBoundingClientRect().height } }");
        assertEquals(0, m.get("header").intValue(), who + ": the header overflows sideways");
        assertEquals(0, m.get("page").intValue(), who + ": the page scrolls sideways");
        assertTrue(m.get("height").doubleValue() <= maxHeight, who + ": the header is " + m.get("height") + " px high");
    }

    /** Presses Tab until the focused element has the test id; returns the number of presses. */
    private static int tabUntil(Page page, String testId, int most) {
        for (int presses = 1; presses <= most; presses++) {
            page.keyboard().press("Tab");
            Object focused = page.evaluate("() => document.activeElement?.dataset?.testid ?? null");
            if (testId.equals(focused)) {
                return presses;
            }
        }
        fail(testId + " not reached in " + most + " Tab presses");
        return most;
    }

    private static void awaitSearchable(String word) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (Instant.now().isBefore(deadline)) {
            var response = given().queryParam("q", word).get("/api/v1/search/listings");
            if (response.statusCode() == 200 && ((Number) response.path("total")).intValue() >= 1) {
                return;
            }
            Thread.sleep(250);
        }
        fail("the new listing did not become searchable");
    }
}
