package se.kretslopp.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.SelectOption;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A property-unit user of Kalmar records the reuse inventory of a building from the 1960s in a real browser: the
 * building shows its PCB risk, one item is entered by hand with a photo, two more come from a spreadsheet after a
 * dry run without problems, and all three are in the building's table.
 */
@QuarkusTest
@TestProfile(LoginJourneyTest.WithWebUi.class)
@WithTestResource(value = KeycloakTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class InventoryJourneyTest {

    @TestHTTPResource("/")
    URL app;

    @TempDir
    Path files;

    @Test
    void annaInventoriesABuildingByHandAndFromASpreadsheet() throws Exception {
        String buildingName = "Skolan på Kvarnholmen " + System.nanoTime();
        Path photo = files.resolve("dorr.png");
        writePng(photo);
        Path sheet = files.resolve("inventering.csv");
        // A BOM so spreadsheet programs read the Swedish letters as UTF-8, as a saved Excel CSV would have.
        Files.writeString(sheet, """
                \uFEFFKategori;Benämning;Material;Antal;Enhet;Skick;Bedömning
                Innerdörrar;Innerdörr vit slät;Trä;8;st;2;Materialåtervinning
                Innerdörrar;Pardörr glasad;Trä och glas;2;st;3;Materialåtervinning
                """, StandardCharsets.UTF_8);

        try (Playwright playwright = Browsers.playwright(); Browser browser = Browsers.chromium(playwright)) {
            Page page = Browsers.swedishPage(browser);
            Browsers.signIn(page, app.toString(), "anna", "demo");
            assertThat(page.getByTestId("user-name")).hasText("Anna Lindqvist");

            // A building built in 1965: inside the PCB period.
            Browsers.followMenu(page, "nav-buildings");
            page.getByTestId("new-building").waitFor();
            Browsers.assertAccessibleAtBothSizes(page, "the buildings list");
            page.getByTestId("new-building").click();
            page.getByTestId("building-name").waitFor();
            Browsers.assertAccessible(page, "the new building form");
            page.getByTestId("building-name").fill(buildingName);
            page.getByTestId("building-address-street").fill("Storgatan 1");
            page.getByTestId("building-address-postal-code").fill("392 32");
            page.getByTestId("building-address-city").fill("Kalmar");
            page.getByTestId("building-property-designation").fill("Kalmar Kvarnholmen 2:15");
            page.getByTestId("building-construction-year").fill("1965");
            page.getByTestId("building-save").click();

            assertThat(page.getByTestId("building-title")).hasText(buildingName);
            assertThat(page.getByTestId("risk-pcb")).hasText("PCB-risk");
            assertThat(page.getByTestId("risk-panel")).containsText("Byggd eller renoverad 1956–1973: risk för PCB");
            // a new building has no items yet: the list says so and what to do
            assertThat(page.getByTestId("items-empty")).containsText("Inga poster.");
            assertThat(page.getByTestId("items-empty")).containsText("importera dem från ett kalkylark");
            Browsers.assertAccessibleAtBothSizes(page, "a new building");

            // One item by hand, with a photo from the "camera".
            page.getByTestId("add-item").click();
            page.getByTestId("item-category").waitFor();
            Browsers.assertAccessible(page, "the new item form");
            page.getByTestId("item-category").selectOption(new SelectOption().setLabel("Innerdörrar"));
            page.getByTestId("item-name").fill("Innerdörr massiv furu");
            page.getByTestId("item-quantity").fill("12");
            page.getByTestId("item-unit").selectOption("st");
            page.getByTestId("item-condition-2").check();
            page.getByTestId("item-fate").selectOption("RECYCLE");
            page.getByTestId("item-photo-input").setInputFiles(photo);
            assertThat(page.getByTestId("photo-queued")).hasCount(1);
            page.getByTestId("item-save").click();

            Locator byHand = page.getByTestId("item-row").filter(new Locator.FilterOptions().setHasText("Innerdörr massiv furu"));
            assertThat(byHand).hasCount(1);
            assertThat(byHand.getByTestId("item-quantity")).containsText("12");
            assertThat(byHand.getByTestId("item-fate")).hasText("Materialåtervinning");
            assertThat(byHand.getByTestId("item-photo-count")).hasText("1");
            Browsers.assertAccessible(page, "the building with an item");

            // Two more from a spreadsheet: checked first, then imported.
            page.getByTestId("import-items").click();
            page.getByTestId("import-file").setInputFiles(sheet);
            page.getByTestId("import-check").click();
            assertThat(page.getByTestId("import-row-count")).containsText("2 rader");
            assertThat(page.getByTestId("import-no-problems")).isVisible();
            assertThat(page.getByTestId("import-problems")).hasCount(0);
            assertThat(page.getByTestId("import-run")).hasText("Importera 2 poster");
            Browsers.assertAccessible(page, "the import check");
            page.getByTestId("import-run").click();
            assertThat(page.getByTestId("import-done")).containsText("2 poster importerades");
            page.getByTestId("import-back").click();

            assertThat(page.getByTestId("item-row")).hasCount(3);
            assertThat(page.getByTestId("items-table")).containsText("Innerdörr vit slät");
            assertThat(page.getByTestId("items-table")).containsText("Pardörr glasad");
            assertThat(page.getByTestId("item-count")).hasText("(3)");
            Browsers.assertAccessible(page, "the building with three items");

            // The text filter narrows the table.
            page.getByTestId("item-filter-text").fill("Pardörr");
            assertThat(page.getByTestId("item-row")).hasCount(1);

            // Archiving sends the version on the page (If-Match), so a building changed meanwhile is not archived
            // unseen: the service answers 412 to a stale one.
            page.onDialog(dialog -> dialog.accept());
            com.microsoft.playwright.Request archive = page.waitForRequest(request -> request.method().equals("DELETE"),
                    () -> page.getByTestId("archive-building").click());
            org.junit.jupiter.api.Assertions.assertTrue(archive.headers().getOrDefault("if-match", "").matches("\"\\d+\""),
                    "the archive request names the version: " + archive.headers());
            org.junit.jupiter.api.Assertions.assertEquals(204, archive.response().status());
        }
    }

    /** A small real PNG, so the server can read its size and make a thumbnail. */
    private static void writePng(Path target) throws Exception {
        BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x2f6b3f));
        g.fillRect(0, 0, 64, 48);
        g.setColor(Color.WHITE);
        g.fillRect(24, 8, 16, 32);
        g.dispose();
        ImageIO.write(image, "png", target.toFile());
    }
}
