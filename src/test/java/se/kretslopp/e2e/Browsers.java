package se.kretslopp.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
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

    /** What the browser reported as refused by the app's Content-Security-Policy, in the journey that runs now. */
    private static final List<String> POLICY_VIOLATIONS = new CopyOnWriteArrayList<>();

    /**
     * Headless Chromium; Playwright gives every launch a fresh, temporary profile of its own. Closing it fails the
     * journey if any page of the app broke its Content-Security-Policy (every journey closes it in its
     * try-with-resources, so every page of every journey is checked).
     */
    static Browser chromium(Playwright playwright) {
        Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Path.of(System.getProperty("kretslopp.chromium", "/usr/bin/chromium")))
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
        POLICY_VIOLATIONS.clear();
        return (Browser) Proxy.newProxyInstance(Browsers.class.getClassLoader(), new Class<?>[] {Browser.class},
                (proxy, method, args) -> {
                    Object result;
                    try {
                        result = method.invoke(browser, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                    if (method.getName().equals("close") && !POLICY_VIOLATIONS.isEmpty()) {
                        List<String> seen = List.copyOf(POLICY_VIOLATIONS);
                        POLICY_VIOLATIONS.clear();
                        throw new AssertionError("The Content-Security-Policy refused:\n" + String.join("\n", seen));
                    }
                    return result;
                });
    }

    /** A page in Swedish, as the people of Kalmar see it; its policy violations are collected (see above). */
    static Page swedishPage(Browser browser) {
        Page page = browser.newContext(new Browser.NewContextOptions().setLocale("sv-SE")).newPage();
        page.setDefaultTimeout(30_000);
        page.onConsoleMessage(message -> {
            // Keycloak's login pages have a policy of their own; only the app's pages are ours to check
            if (message.text().contains("Content Security Policy") && !page.url().contains("/realms/")) {
                POLICY_VIOLATIONS.add(page.url() + ": " + message.text());
            }
        });
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

    /**
     * Follows a link of the main menu (by its test id), opening first what it is folded into: its area's group
     * ("Reservationer ▾") on a wide screen, the "Meny" button on a phone. The menu changes once the person's roles
     * are known, so this looks again until the link can be clicked.
     */
    static void followMenu(Page page, String testId) {
        Locator link = page.getByTestId(testId);
        Locator toggle = page.getByTestId("nav-toggle");
        for (int attempt = 0; attempt < 150 && !link.isVisible(); attempt++) {
            if (toggle.isVisible() && "false".equals(toggle.getAttribute("aria-expanded"))) {
                toggle.click();
            } else if (link.count() == 1 && link.getAttribute("data-nav-group") != null) {
                Locator group = page.getByTestId("nav-group-" + link.getAttribute("data-nav-group"));
                if (group.isVisible() && "false".equals(group.getAttribute("aria-expanded"))) {
                    group.click();
                }
            }
            if (!link.isVisible()) {
                page.waitForTimeout(200);
            }
        }
        link.click();
    }
}
