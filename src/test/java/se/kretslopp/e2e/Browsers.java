package se.kretslopp.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
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
        Page page = browser.newContext(new Browser.NewContextOptions().setLocale("sv-SE")
                .setViewportSize(DESKTOP[0], DESKTOP[1])).newPage();
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

    /** The two sizes every accessibility check looks at: a laptop and a phone (an iPhone 12–15 in portrait). */
    private static final int[] DESKTOP = {1280, 800};
    private static final int[] PHONE = {390, 844};

    /** The rules of WCAG 2.1 levels A and AA, as axe-core tags them. */
    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private static volatile String axeSource;

    /**
     * axe-core from the UI's own npm packages (`ui/package.json` pins it; the build runs `npm install` before the
     * tests), so there is no copy of it to keep up to date in this repository.
     */
    private static String axe() {
        if (axeSource == null) {
            Path file = Path.of(System.getProperty("kretslopp.axe", "ui/node_modules/axe-core/axe.min.js"));
            try {
                axeSource = Files.readString(file);
            } catch (IOException e) {
                throw new UncheckedIOException("axe-core not found at " + file.toAbsolutePath()
                        + ": run npm install in ui/", e);
            }
        }
        return axeSource;
    }

    /**
     * The accessibility gate of every journey: axe-core checks the page as it is now, at the journey's size
     * (1280×800), against WCAG 2.1 A and AA, and fails on any serious or critical violation, naming the rule, its
     * impact and the elements. Call it after every page a journey visits.
     */
    static void assertAccessible(Page page, String what) {
        fail(accessibilityViolations(page, what, List.of(DESKTOP)));
    }

    /** {@link #assertAccessible} at 1280×800 and on a phone, 390×844; the page is left at the size it had. */
    static void assertAccessibleAtBothSizes(Page page, String what) {
        fail(accessibilityViolations(page, what, List.of(DESKTOP, PHONE)));
    }

    private static void fail(List<String> found) {
        if (!found.isEmpty()) {
            throw new AssertionError(String.join("\n", found));
        }
    }

    /** What {@link #assertAccessibleAtBothSizes} would fail on, one message per size with violations (none: empty). */
    static List<String> accessibilityViolations(Page page, String what) {
        return accessibilityViolations(page, what, List.of(DESKTOP, PHONE));
    }

    private static List<String> accessibilityViolations(Page page, String what, List<int[]> sizes) {
        if (page.url().contains("/realms/")) {
            throw new IllegalStateException(what + " is Keycloak's page, not ours: " + page.url());
        }
        var size = page.viewportSize();
        int[] before = size == null ? DESKTOP : new int[] {size.width, size.height};
        List<String> found = new java.util.ArrayList<>();
        try {
            for (int[] viewport : sizes) {
                if (viewport[0] != page.viewportSize().width || viewport[1] != page.viewportSize().height) {
                    page.setViewportSize(viewport[0], viewport[1]);
                }
                String violations = violationsNow(page);
                if (!violations.isEmpty()) {
                    found.add("Accessibility (axe-core, WCAG 2.1 A/AA) of " + what + " at " + viewport[0] + "×"
                            + viewport[1] + " (" + page.url() + "):\n" + violations);
                }
            }
        } finally {
            if (before[0] != page.viewportSize().width || before[1] != page.viewportSize().height) {
                page.setViewportSize(before[0], before[1]);
            }
        }
        return found;
    }

    /** The page's serious and critical violations at its present size, one line per rule; empty when none. */
    private static String violationsNow(Page page) {
        settle(page);
        if (!Boolean.TRUE.equals(page.evaluate("() => typeof window.axe === 'object'"))) {
            // Evaluated through the DevTools protocol, which the page's Content-Security-Policy does not govern.
            page.evaluate(axe());
        }
        Object lines = page.evaluate("""
                async tags => {
                  const result = await axe.run(document, {
                    runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] })
                  return result.violations
                    .filter(v => v.impact === 'serious' || v.impact === 'critical')
                    .map(v => `- ${v.id} [${v.impact}] ${v.help} (${v.helpUrl})\\n` + v.nodes.slice(0, 8)
                      .map(n => `    ${n.target.join(' ')}: ${(n.failureSummary || '').replace(/\\s+/g, ' ').slice(0, 240)}`)
                      .join('\\n') + (v.nodes.length > 8 ? `\\n    … and ${v.nodes.length - 8} more` : ''))
                }
                """, WCAG_21_AA);
        return String.join("\n", ((List<?>) lines).stream().map(String::valueOf).toList());
    }

    /**
     * Waits (at most 15 s, then checks what is there) until nothing on the page is loading and the layout of a new
     * size has been painted, so axe sees the page a person would.
     */
    static void settle(Page page) {
        try {
            page.waitForFunction("() => !document.querySelector('[aria-busy=\"true\"]')", null,
                    new Page.WaitForFunctionOptions().setTimeout(15_000));
        } catch (com.microsoft.playwright.TimeoutError e) {
            // a page that keeps loading is checked as it is
        }
        page.evaluate("() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))");
    }
}
