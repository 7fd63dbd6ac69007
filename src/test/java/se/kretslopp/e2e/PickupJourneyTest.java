package se.kretslopp.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import se.kretslopp.common.Today;
import se.kretslopp.membership.KeycloakUsers;

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
 * Dialogue and logistics between the actors, in real browsers with real Keycloak logins (issue 21): Sara (builder)
 * asks about a stored lot's listing with "Fråga säljaren"; a contractor of the selling organisation (Kalmar
 * Återbrukslager) finds the question unread in the inbox and answers; Sara finds the answer in hers, goes from the
 * thread back to the listing and reserves; once the seller has confirmed, she books a pickup slot; Lars (storage
 * operator) opens the store's day view from the menu, sees the pickup with its lot and place, is refused when he
 * scans another lot's label, and hands over on the right one; Sara's reservation shows it handed over. One journey,
 * so the stack and the browsers start once for the whole chain.
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
    void builderAsksReservesAndBooksASlotAndTheOperatorHandsOverFromTheDayView() {
        String title = "Ytterdörr, hämtas " + UUID.randomUUID().toString().substring(0, 4);
        String lars = KeycloakTestResource.token(realm, "lars");
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
        // the seller's side of the dialogue: none of the demo users is a contractor of the store's organisation
        KeycloakUsers.User contractor = KeycloakUsers.create("kontraktor", "kalmar-aterbrukslager", "contractor");
        String question = "Följer karmarna med dörrarna? " + title;
        String answer = "Ja, karmarna står på samma pall.";

        try (Playwright playwright = Browsers.playwright(); Browser browser = Browsers.chromium(playwright)) {
            // Sara asks the seller about the listing
            Page buyer = Browsers.swedishPage(browser);
            Browsers.signIn(buyer, app.toString(), "sara", "demo");
            assertThat(buyer.getByTestId("user-name")).isVisible();
            buyer.navigate(app + "annonser/" + listing);
            assertThat(buyer.getByTestId("listing-title")).hasText(title);
            buyer.getByTestId("ask-seller").click();
            Locator asking = buyer.getByTestId("thread-panel");
            asking.getByTestId("message-input").fill(question);
            asking.getByTestId("message-send").click();
            assertThat(asking.getByTestId("message-text")).hasText(question);
            Browsers.assertAccessibleAtBothSizes(buyer, "the question to the seller");

            // the contractor finds it unread in the organisation's inbox, opens it and answers
            Page seller = Browsers.swedishPage(browser);
            Browsers.signIn(seller, app.toString(), contractor.username(), KeycloakUsers.PASSWORD);
            assertThat(seller.getByTestId("user-name")).isVisible();
            assertThat(seller.getByTestId("nav-messages")).hasAttribute("aria-label", Pattern.compile("oläst"));
            Browsers.followMenu(seller, "nav-messages");
            Locator asked = seller.getByTestId("inbox-item").filter(new Locator.FilterOptions().setHasText(title));
            assertThat(asked.getByTestId("inbox-unread")).hasText("1 oläst");
            assertThat(asked).containsText("Smålandsbygg AB");
            Browsers.assertAccessibleAtBothSizes(seller, "the inbox with an unread question");
            asked.getByRole(AriaRole.LINK).click();
            Locator answering = seller.getByTestId("thread-panel");
            assertThat(answering.getByTestId("message-text")).hasText(question);
            answering.getByTestId("message-input").fill(answer);
            answering.getByTestId("message-send").click();
            assertThat(answering.getByTestId("message-text")).hasText(new String[] {question, answer});

            // Sara finds the answer in her inbox, and goes from the thread back to the listing to reserve
            buyer.navigate(app.toString());
            assertThat(buyer.getByTestId("nav-messages")).hasAttribute("aria-label", Pattern.compile("oläst"));
            Browsers.followMenu(buyer, "nav-messages");
            Locator answered = buyer.getByTestId("inbox-item").filter(new Locator.FilterOptions().setHasText(title));
            assertThat(answered.getByTestId("inbox-unread")).hasText("1 oläst");
            answered.getByRole(AriaRole.LINK).click();
            assertThat(buyer.getByTestId("message-text")).hasText(new String[] {question, answer});
            buyer.getByTestId("conversation-subject").click();
            assertThat(buyer.getByTestId("listing-title")).hasText(title);
            buyer.getByTestId("reserve-open").click();
            buyer.getByTestId("reserve-quantity").fill("2");
            buyer.getByTestId("reserve-message").fill("Hämtar med släp, karmarna också.");
            buyer.getByTestId("reserve-submit").click();
            assertThat(buyer.getByTestId("reserve-done")).isVisible();
            String reservation = buyer.getByTestId("reserve-my-reservations").getAttribute("href")
                    .replaceAll("^.*[?&]id=([0-9a-f-]{36}).*$", "$1");

            // the seller confirms with a pickup window (in the browser in ReservationJourneyTest)
            OffsetDateTime from = OffsetDateTime.now().plusDays(1);
            given().auth().oauth2(lars).contentType(ContentType.JSON)
                    .body(Map.of("pickupFrom", from.toString(), "pickupTo", from.plusHours(2).toString()))
                    .post(app + "api/v1/reservations/" + reservation + "/confirm").then().statusCode(200);

            // Sara books the first free slot under her confirmed reservation
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

            // another lot's label is refused; the right one hands the reservation over. The codes are typed into the
            // scanner's field for a code: headless Chromium has no camera (the scanner says so and the field stays)
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
