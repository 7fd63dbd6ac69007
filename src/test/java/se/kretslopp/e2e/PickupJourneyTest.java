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
import se.kretslopp.common.Today;

import java.net.URL;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;

/**
 * Pickup slots at the store, in real browsers with real Keycloak logins (issue 21, item 2): Sara (builder) books a
 * pickup slot for her confirmed reservation of a stored lot; Lars (storage operator) opens the store's day view
 * from the menu, sees the pickup with its lot and place, is refused when he scans another lot's label, and hands
 * over on the right one (typed in: the test browser has no camera); Sara's reservation shows it handed over.
 */
@QuarkusTest
@TestProfile(LoginJourneyTest.WithWebUi.class)
@WithTestResource(value = KeycloakTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class PickupJourneyTest {

    private static final String SITE = "de500000-0000-4000-8000-000000000001";
    private static final String G03 = "de510000-0000-4000-8000-000000000010";

    @TestHTTPResource("/")
    URL app;

    @ConfigProperty(name = "quarkus.oidc.auth-server-url")
    String realm;

    private Map<String, Object> lot(String description) {
        return Map.of("locationId", G03, "categoryId", "7c0e0000-0000-4000-8000-000000000101",
                "description", description, "unit", "st", "quantity", 6, "condition", 2,
                "source", Map.of("kind", "DELIVERY"));
    }

    @Test
    void builderBooksASlotAndTheOperatorHandsOverFromTheDayView() {
        String title = "Ytterdörr, hämtas " + UUID.randomUUID().toString().substring(0, 4);
        String lars = KeycloakTestResource.token(realm, "lars");
        String sara = KeycloakTestResource.token(realm, "sara");
        // two lots: the one reserved, and another whose label is the wrong one to scan
        var intake = given().auth().oauth2(lars).contentType(ContentType.JSON)
                .body(Map.of("siteId", SITE, "lots", List.of(lot(title), lot(title + " (annan post)"))))
                .post(app + "api/v1/storage/intakes").then().statusCode(201).extract().jsonPath();
        String lotId = intake.getString("lots[0].id");
        String code = intake.getString("lots[0].code");
        String otherCode = intake.getString("lots[1].code");
        String listing = given().auth().oauth2(lars).contentType(ContentType.JSON)
                .body(Map.of("quantity", 6, "price", Map.of("kind", "FREE"), "visibility", "PUBLIC"))
                .post(app + "api/v1/storage/lots/" + lotId + "/publish").then().statusCode(201).extract().path("id");
        // the store takes pickups every day, 06:00–22:00, four per half hour
        List<Map<String, Object>> opening = new ArrayList<>();
        for (int day = 1; day <= 7; day++) {
            opening.add(Map.of("weekday", day, "opens", "06:00", "closes", "22:00"));
        }
        given().auth().oauth2(lars).contentType(ContentType.JSON)
                .body(Map.of("slotMinutes", 30, "capacity", 4, "opening", opening, "closedDays", List.of()))
                .put(app + "api/v1/storage/sites/" + SITE + "/pickup/hours").then().statusCode(200);
        String reservation = given().auth().oauth2(sara).contentType(ContentType.JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("listingId", listing, "quantity", 2, "message", "Hämtar med släp"))
                .post(app + "api/v1/reservations").then().statusCode(201).extract().path("id");
        OffsetDateTime from = OffsetDateTime.now().plusDays(1);
        given().auth().oauth2(lars).contentType(ContentType.JSON)
                .body(Map.of("pickupFrom", from.toString(), "pickupTo", from.plusHours(2).toString()))
                .post(app + "api/v1/reservations/" + reservation + "/confirm").then().statusCode(200);

        try (Playwright playwright = Browsers.playwright(); Browser browser = Browsers.chromium(playwright)) {
            // Sara books the first free slot under her confirmed reservation
            Page buyer = Browsers.swedishPage(browser);
            Browsers.signIn(buyer, app.toString(), "sara", "demo");
            assertThat(buyer.getByTestId("user-name")).isVisible();
            buyer.navigate(app + "reservationer?id=" + reservation);
            Locator mine = buyer.locator("[data-testid=reservation-row][data-id='" + reservation + "']");
            Locator panel = mine.getByTestId("pickup-panel");
            panel.getByTestId("pickup-slot-input").first().waitFor();
            Browsers.assertAccessibleAtBothSizes(buyer, "the slot picker");
            panel.locator("[data-testid=pickup-slot-input]:not([disabled])").first().check();
            panel.getByTestId("pickup-submit").click();
            assertThat(panel.getByTestId("pickup-done")).isVisible();
            String startsAt = panel.getByTestId("pickup-booked").getAttribute("data-starts-at");
            String day = OffsetDateTime.parse(startsAt).atZoneSameInstant(Today.ZONE).toLocalDate().toString();

            // Lars opens the day view from the menu, and goes to the pickup's day
            Page operator = Browsers.swedishPage(browser);
            Browsers.signIn(operator, app.toString(), "lars", "demo");
            assertThat(operator.getByTestId("user-name")).isVisible();
            Browsers.followMenu(operator, "nav-pickup-day");
            operator.waitForURL(Pattern.compile(".*/lager/(dag|[0-9a-f-]{36}/dag)$"));
            operator.navigate(app + "lager/" + SITE + "/dag?datum=" + day);
            Locator row = operator.locator("[data-testid=pickup-row][data-reservation-id='" + reservation + "']");
            assertThat(row).hasAttribute("data-status", "CONFIRMED");
            assertThat(row.getByTestId("pickup-lot")).hasText(code);
            assertThat(row.getByTestId("pickup-places")).containsText("G-03");
            assertThat(operator.getByTestId("pickup-day-print")).isEnabled();
            Browsers.assertAccessibleAtBothSizes(operator, "the store's day view");

            // another lot's label is refused; the right one hands the reservation over
            row.getByTestId("pickup-hand-over").click();
            row.getByTestId("handover-code").fill(otherCode);
            row.getByTestId("handover-code-submit").click();
            assertThat(row.getByTestId("handover-wrong-label")).isVisible();
            Browsers.assertAccessible(operator, "the hand-over with a wrong label");
            row.getByTestId("handover-code").fill(code);
            row.getByTestId("handover-code-submit").click();
            assertThat(operator.getByTestId("pickup-handed-over")).isVisible();
            assertThat(row).hasAttribute("data-status", "HANDED_OVER");

            // Sara sees it handed over
            buyer.navigate(app + "reservationer?id=" + reservation);
            assertThat(buyer.locator("[data-testid=reservation-row][data-id='" + reservation + "']"))
                    .hasAttribute("data-status", "HANDED_OVER");
        }
    }
}
