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
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;

/**
 * The whole promise, in real browsers with real Keycloak logins: Sara (builder) reserves two oak doors that Kalmar
 * Återbrukslager offers from its mellanlager; Lars (storage operator) is notified, confirms with a pickup slot,
 * scans the lot's code when Sara comes and hands the doors over from the lot's page; both see their notifications.
 */
@QuarkusTest
@TestProfile(LoginJourneyTest.WithWebUi.class)
@WithTestResource(value = KeycloakTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class ReservationJourneyTest {

    private static final String G03 = "de510000-0000-4000-8000-000000000010";

    @TestHTTPResource("/")
    URL app;

    @ConfigProperty(name = "quarkus.oidc.auth-server-url")
    String realm;


    @Test
    void builderReservesSellerConfirmsOperatorHandsOver() {
        String title = "Ekdörr, fyllningsdörr " + UUID.randomUUID().toString().substring(0, 4);
        String lars = KeycloakTestResource.token(realm, "lars");
        Map<String, Object> lot = Map.of("locationId", G03, "categoryId", "7c0e0000-0000-4000-8000-000000000101",
                "description", title, "unit", "st", "quantity", 6, "condition", 2, "source", Map.of("kind", "DELIVERY"));
        String lotId = given().auth().oauth2(lars).contentType(ContentType.JSON)
                .body(Map.of("siteId", "de500000-0000-4000-8000-000000000001", "lots", List.of(lot)))
                .post(app + "api/v1/storage/intakes").then().statusCode(201).extract().path("lots[0].id");
        String code = given().auth().oauth2(lars).get(app + "api/v1/storage/lots/" + lotId).then().extract().path("code");
        String listing = given().auth().oauth2(lars).contentType(ContentType.JSON)
                .body(Map.of("quantity", 6, "price", Map.of("kind", "FIXED", "sek", 600), "visibility", "PUBLIC"))
                .post(app + "api/v1/storage/lots/" + lotId + "/publish").then().statusCode(201).extract().path("id");

        try (Playwright playwright = Browsers.playwright(); Browser browser = Browsers.chromium(playwright)) {
            // Sara reserves two
            Page sara = Browsers.swedishPage(browser);
            Browsers.signIn(sara, app.toString(), "sara", "demo");
            assertThat(sara.getByTestId("user-name")).isVisible();
            sara.navigate(app + "annonser/" + listing);
            sara.getByTestId("reserve-open").waitFor();
            Browsers.assertAccessibleAtBothSizes(sara, "a listing to reserve");
            sara.getByTestId("reserve-open").click();
            sara.getByTestId("reserve-quantity").fill("2");
            sara.getByTestId("reserve-message").fill("Hämtar med släp på torsdag.");
            sara.getByTestId("reserve-submit").click();
            assertThat(sara.getByTestId("reserve-done")).isVisible();
            Browsers.assertAccessible(sara, "the reserved listing");

            // Lars is told, and confirms with a pickup slot
            Page operator = Browsers.swedishPage(browser);
            Browsers.signIn(operator, app.toString(), "lars", "demo");
            assertThat(operator.getByTestId("user-name")).isVisible();
            assertThat(operator.getByTestId("notifications-unread")).isVisible();
            operator.getByTestId("notifications-bell").click();
            assertThat(operator.getByTestId("notification-item").filter(new Locator.FilterOptions().setHasText(title))
                    .first()).hasAttribute("data-kind", "RESERVATION_RECEIVED");
            operator.navigate(app + "reservationer/inkommande");
            Locator row = operator.getByTestId("reservation-row").filter(new Locator.FilterOptions().setHasText(title));
            assertThat(row).hasAttribute("data-status", "REQUESTED");
            Browsers.assertAccessibleAtBothSizes(operator, "the incoming reservations");
            row.getByTestId("confirm-from").fill("2026-12-10T08:00");
            row.getByTestId("confirm-to").fill("2026-12-10T10:00");
            row.getByTestId("reservation-confirm").click();
            assertThat(row).hasAttribute("data-status", "CONFIRMED");

            // Sara comes; Lars scans the lot's label and hands the two doors over from the lot's page
            operator.navigate(app + "lager/skanna");
            operator.getByTestId("scan-code-input").waitFor();
            Browsers.assertAccessible(operator, "the scan page");
            operator.getByTestId("scan-code-input").fill(code);
            operator.getByTestId("scan-code-submit").click();
            operator.waitForURL(Pattern.compile(".*/lager/poster/" + lotId));
            Locator onLot = operator.getByTestId("lot-reservations").getByTestId("reservation-row");
            assertThat(onLot).hasAttribute("data-status", "CONFIRMED");
            Browsers.assertAccessible(operator, "the lot with its reservation");
            onLot.getByTestId("handover-quantity").fill("2");
            onLot.getByTestId("handover-project").fill("Förskolan Lärkan, Kalmar");
            onLot.getByTestId("reservation-handover").click();
            assertThat(onLot).hasAttribute("data-status", "HANDED_OVER");
            assertThat(operator.getByTestId("lot-on-hand")).containsText("4");
            Browsers.assertAccessible(operator, "the lot after the handover");

            // Sara's notifications tell her it was confirmed and handed over
            sara.navigate(app + "reservationer");
            assertThat(sara.getByTestId("reservation-row").filter(new Locator.FilterOptions().setHasText(title)))
                    .hasAttribute("data-status", "HANDED_OVER");
            Browsers.assertAccessibleAtBothSizes(sara, "my reservations");
            sara.getByTestId("notifications-bell").click();
            Locator mine = sara.getByTestId("notification-item").filter(new Locator.FilterOptions().setHasText(title));
            assertThat(mine.and(sara.locator("[data-kind=RESERVATION_CONFIRMED]"))).hasCount(1);
            assertThat(mine.and(sara.locator("[data-kind=RESERVATION_HANDED_OVER]"))).hasCount(1);
            Browsers.assertAccessible(sara, "the notifications");
        }
    }

}
