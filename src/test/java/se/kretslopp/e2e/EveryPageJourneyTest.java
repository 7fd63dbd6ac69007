package se.kretslopp.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;
import se.kretslopp.membership.KeycloakUsers;

import java.net.URI;
import java.net.URL;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every page that each role reaches, in Swedish: a visitor, the demo users of every role and an installation
 * administrator start on the start page and follow the app's own links (the menu, then the links on the pages it
 * opens, two steps deep), and on every page found no English word is visible and axe-core finds no serious or
 * critical violation at either size. Each kind of page (its path with the ids left out) is visited once per role,
 * with the demo data, so the pages show what they show in a demonstration. The pages of issue 21 that a role has
 * (the inbox, the carrier's board, the store's day view, a delivery note's receipt page) are visited first, before
 * the bound on pages per role is reached.
 */
@QuarkusTest
@TestProfile(LoginJourneyTest.WithWebUi.class)
@WithTestResource(value = KeycloakTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class EveryPageJourneyTest {

    /**
     * Words and phrases that never belong on a Swedish page: an untranslated text, a fallback or a raw error.
     * Matched as whole words, ignoring case; left out are English words that are also Swedish ("status",
     * "material", "filter", "import", "reservation", "back" (a crate), "is" (ice), "show", "total", "test").
     */
    static final List<String> ENGLISH = List.of(
            "must", "not found", "invalid", "error", "loading", "submit", "cancel", "save", "search", "reserve",
            "required", "failed", "failure", "please", "unknown", "undefined", "null", "NaN", "the", "and", "with",
            "your", "you", "page", "sign in", "sign out", "log in", "log out", "delete", "edit", "next", "previous",
            "close", "yes", "settings", "home", "building", "buildings", "listing", "listings", "item", "items",
            "storage", "wanted", "climate", "members", "language", "retry", "try again", "something went wrong",
            "no results", "welcome", "create", "update", "description", "quantity", "condition", "category", "price",
            "location", "date", "name", "title", "unauthorized", "forbidden", "request", "response", "network",
            "contributors", "object Object");

    private static final Pattern ENGLISH_WORDS = Pattern.compile("(?<![\\p{L}\\p{N}])(" + String.join("|",
            ENGLISH.stream().map(Pattern::quote).toList()) + ")(?![\\p{L}\\p{N}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** An i18n key shown instead of its text ("common.save", "errors.notFound"); not a file's name ("data.json") or an address ("kalmar.se"). */
    private static final Pattern RAW_KEY = Pattern.compile(
            "(?<![\\p{L}\\p{N}.@/])[a-z]+(\\.[a-z]+[A-Za-z]*)*\\.(?!(json|csv|pdf|zip|png|jpe?g|txt|se|com|org|nu|net|eu)(?![\\p{L}\\p{N}]))"
            + "[a-z]+[A-Za-z]*(?![\\p{L}\\p{N}.@/])");

    /** An enum's code shown instead of its name ("ON_REQUEST", "HANDED_OVER"). */
    private static final Pattern RAW_CODE = Pattern.compile("(?<![\\p{L}\\p{N}])[A-Z]+(_[A-Z]+)+(?![\\p{L}\\p{N}])");

    private static final Pattern ID_SEGMENT = Pattern.compile(
            "/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|\\d+|[A-Z0-9]{2,}-[A-Z0-9-]+)(?=/|$)");

    /** Pages more than this many per role are left for the next run: a bound on the test's time. */
    private static final int PAGES_PER_ROLE = 14;

    /**
     * Pages each role visits first, whether or not the crawl would reach them within its bound. The receipt page
     * is opened as a delivery note's QR code opens it: its token (43 characters of base64url) is checked only when
     * the receiver confirms, so any well-formed one shows the page.
     */
    private static final Map<String, List<String>> FIRST = Map.of(
            "johan", List.of("/meddelanden"),
            "sara", List.of("/meddelanden", "/kvitto/" + "Q".repeat(22) + "w_".repeat(10) + "A"),
            "lars", List.of("/meddelanden", "/lager/dag"),
            "nils", List.of("/leveranser", "/meddelanden"));

    /** Pages that hand over to another address at once: the day view of the one store the operator runs. */
    private static final Map<String, Pattern> REDIRECTS = Map.of("/lager/dag", Pattern.compile("/lager/[0-9a-f-]{36}/dag"));

    @TestHTTPResource("/")
    URL app;

    @Test
    void everyPageOfEveryRoleIsSwedishAndAccessible() {
        List<String> problems = new ArrayList<>();
        List<String> visited = new ArrayList<>();
        try (Playwright playwright = Browsers.playwright(); Browser browser = Browsers.chromium(playwright)) {
            crawl(browser, null, null, problems, visited);
            for (String user : List.of("anna", "erik", "johan", "sara", "lars", "nils")) {
                crawl(browser, user, "demo", problems, visited);
            }
            KeycloakUsers.User ingrid = KeycloakUsers.createExactly("ingrid", null);
            crawl(browser, ingrid.username(), KeycloakUsers.PASSWORD, problems, visited);
        }
        System.out.println("EveryPageJourneyTest visited " + visited.size() + " pages:\n  " + String.join("\n  ", visited));
        assertTrue(problems.isEmpty(), problems.size() + " problems on " + visited.size() + " pages:\n\n"
                + String.join("\n\n", problems));
    }

    private void crawl(Browser browser, String user, String password, List<String> problems, List<String> visited) {
        String role = user == null ? "visitor" : user;
        Page page = Browsers.swedishPage(browser);
        page.setDefaultTimeout(15_000);
        String origin = app.toString().replaceAll("/$", "");
        if (user == null) {
            page.navigate(app.toString());
        } else {
            Browsers.signIn(page, app.toString(), user, password);
            page.getByTestId("user-name").waitFor();
        }
        Set<String> seen = new LinkedHashSet<>();
        Deque<String[]> queue = new ArrayDeque<>();
        queue.add(new String[] {"/", "0"});
        for (String first : FIRST.getOrDefault(role, List.of())) {
            queue.add(new String[] {first, "1"});
        }
        int count = 0;
        while (!queue.isEmpty() && count < PAGES_PER_ROLE) {
            String[] next = queue.poll();
            String path = next[0];
            int depth = Integer.parseInt(next[1]);
            if (!seen.add(shape(path))) {
                continue;
            }
            count++;
            String where = role + " on " + path;
            visited.add(where);
            System.out.println("EveryPageJourneyTest: " + where);
            try {
                // as a person does: the app's own link when the page shows one, else the address
                var link = page.locator("a[href=\"" + path + "\"]:visible").first();
                if (link.count() > 0) {
                    link.click();
                    // the app moves the focus to the new page's heading (or <main>) once it is there
                    try {
                        page.waitForFunction("() => ['H1', 'MAIN'].includes(document.activeElement?.tagName)", null,
                                new Page.WaitForFunctionOptions().setTimeout(10_000));
                    } catch (com.microsoft.playwright.TimeoutError e) {
                        System.out.println("  (the focus did not move to the page's heading)");
                    }
                } else {
                    page.navigate(origin + path);
                }
                Pattern redirect = REDIRECTS.get(path);
                page.waitForURL(url -> url.equals(origin + path)
                        || redirect != null && redirect.matcher(URI.create(url).getRawPath()).matches());
                page.locator("main h1").first().waitFor();
                Browsers.settle(page);
                List<String> found = new ArrayList<>(Browsers.accessibilityViolations(page, where));
                String english = englishOn(page);
                if (!english.isEmpty()) {
                    found.add("English on the Swedish page, " + where + ": " + english);
                }
                found.forEach(System.out::println);
                problems.addAll(found);
            } catch (com.microsoft.playwright.PlaywrightException e) {
                String failed = where + " (now " + page.url() + "): " + e.getMessage().lines()
                        .filter(line -> line.contains("message=") || line.contains("waiting for")).toList();
                System.out.println(failed);
                problems.add(failed);
                continue;
            }
            if (depth < 2) {
                for (Object href : (List<?>) page.evaluate("""
                        () => [...document.querySelectorAll('a[href]')].map(a => a.href)""")) {
                    URI uri = URI.create(String.valueOf(href));
                    String target = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
                    if (String.valueOf(href).startsWith(origin + "/") && !uri.getRawPath().startsWith("/api/")
                            && !target.contains("logout")
                            && !seen.contains(shape(target))) {
                        queue.add(new String[] {target, String.valueOf(depth + 1)});
                    }
                }
            }
        }
        page.context().close();
    }

    /** A page's kind: its path without ids and query, so a list's hundred rows are one page to check. */
    static String shape(String path) {
        String bare = path.replaceAll("[?#].*$", "");
        Matcher ids = ID_SEGMENT.matcher(bare);
        return ids.replaceAll("/:id");
    }

    /**
     * The English words and raw keys in the page's visible text, leaving out what is marked as another language
     * (the language switch's "English"), the map's attribution (OpenStreetMap's own credit line), code (a lot's
     * code, a column's name) and the audit trail's recorded changes, which show columns and values as stored.
     */
    static String englishOn(Page page) {
        String text = String.valueOf(page.evaluate("""
                () => {
                  const hidden = [...document.querySelectorAll(
                    '[lang]:not([lang^="sv"]):not(html), .leaflet-control-attribution, code, .code, [data-testid="audit-changes"]')]
                  const before = hidden.map(e => e.style.display)
                  hidden.forEach(e => { e.style.display = 'none' })
                  const text = document.body.innerText
                  hidden.forEach((e, i) => { e.style.display = before[i] })
                  return text
                }"""));
        Set<String> found = new LinkedHashSet<>();
        for (Matcher m = ENGLISH_WORDS.matcher(text); m.find(); ) {
            found.add(context(text, m.start(), m.end()));
        }
        for (Pattern raw : List.of(RAW_KEY, RAW_CODE)) {
            for (Matcher m = raw.matcher(text); m.find(); ) {
                found.add(context(text, m.start(), m.end()));
            }
        }
        return String.join("; ", found);
    }

    private static String context(String text, int start, int end) {
        String before = text.substring(Math.max(0, start - 30), start);
        String after = text.substring(end, Math.min(text.length(), end + 30));
        return ("…" + before + "[" + text.substring(start, end) + "]" + after + "…").replaceAll("\\s+", " ");
    }
}
