package se.kretslopp.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The journeys' accessibility gate itself (Browsers.assertAccessible), on pages written here, without the app: it
 * fails on serious and critical violations and names them, at either size, and lets a clean page pass. The
 * wide-table case is the one TableScroll exists for.
 */
class AccessibilityGateTest {

    private static final String CLEAN = """
            <!doctype html><html lang="sv"><head><title>Prov</title></head><body>
            <main><h1>Lagerposter</h1>
            <div role="region" aria-label="Lagerposter" tabindex="0" style="overflow-x:auto;width:200px">
              <table style="width:900px"><thead><tr><th>Kod</th><th>Beskrivning</th></tr></thead>
              <tbody><tr><td>K7Q2XM</td><td>Innerdörrar i furu</td></tr></tbody></table>
            </div></main></body></html>""";

    @Test
    void aCleanPageWithAFocusableScrollingTablePasses() {
        try (Playwright playwright = Browsers.playwright(); Browser browser = Browsers.chromium(playwright)) {
            Page page = Browsers.swedishPage(browser);
            page.setContent(CLEAN);
            assertDoesNotThrow(() -> Browsers.assertAccessibleAtBothSizes(page, "a clean page"));
        }
    }

    @Test
    void seriousAndCriticalViolationsFailWithTheirRuleImpactAndElements() {
        try (Playwright playwright = Browsers.playwright(); Browser browser = Browsers.chromium(playwright)) {
            Page page = Browsers.swedishPage(browser);
            // a wide table that scrolls but cannot be reached by keyboard, an image without alt text, pale text
            page.setContent(CLEAN.replace(" tabindex=\"0\"", "")
                    .replace("</main>", "<img id=\"photo\" src=\"data:image/gif;base64,R0lGODlhAQABAAAAACw=\">"
                            + "<p id=\"pale\" style=\"color:#bbb;background:#fff\">Blek text</p></main>"));
            AssertionError failure = assertThrows(AssertionError.class,
                    () -> Browsers.assertAccessible(page, "a broken page"));
            String message = failure.getMessage();
            assertTrue(message.contains("a broken page at 1280×800"), message);
            assertTrue(message.contains("scrollable-region-focusable [serious]"), message);
            assertTrue(message.contains("image-alt [critical]"), message);
            assertTrue(message.contains("#photo"), message);
            assertTrue(message.contains("color-contrast [serious]"), message);
            assertTrue(message.contains("#pale"), message);

            AssertionError both = assertThrows(AssertionError.class,
                    () -> Browsers.assertAccessibleAtBothSizes(page, "a broken page"));
            assertTrue(both.getMessage().contains("at 390×844"), both.getMessage());
            assertTrue(page.viewportSize().width == 1280 && page.viewportSize().height == 800,
                    "the page is back at its size");
        }
    }
}
