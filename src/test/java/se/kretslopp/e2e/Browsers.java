package se.kretslopp.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Debian's Chromium driven by Playwright, as the browser journeys use it (Playwright cannot download a browser
 * here), and the sign-in through the real Keycloak login page.
 */
final class Browsers {

    private Browsers() {
    }

    /** Also makes assertions as patient as the browser's own waits: a busy 2-core machine can take a while. */
    static Playwright playwright() {
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
        return Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    }

    /** Headless Chromium; Playwright gives every launch a fresh, temporary profile of its own. */
    static Browser chromium(Playwright playwright) {
        return playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Path.of(System.getProperty("kretslopp.chromium", "/usr/bin/chromium")))
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
    }

    /** A page in Swedish, as the people of Kalmar see it. */
    static Page swedishPage(Browser browser) {
        Page page = browser.newContext(new Browser.NewContextOptions().setLocale("sv-SE")).newPage();
        page.setDefaultTimeout(30_000);
        return page;
    }

    /** Opens the app, presses "Logga in" and types the user's name and password on Keycloak's login page. */
    static void signIn(Page page, String app, String username, String password) {
        page.navigate(app);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Logga in")).click();
        page.waitForURL(Pattern.compile(".*/realms/kretslopp/protocol/openid-connect/auth.*"));
        page.locator("#username").fill(username);
        page.locator("#password").fill(password);
        page.locator("#kc-login").click();
        page.waitForURL(Pattern.compile("^" + Pattern.quote(app) + ".*"));
    }
}
