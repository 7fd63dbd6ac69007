package se.kretslopp.docs;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The README and the manual in docs/ link to each other and to the repository's files: every relative link must
 * name a file or folder that exists, and every #anchor a heading of the Markdown file it points into (GitHub's
 * slugs). The README stays a front page of at most 8 kB. Plain JUnit: no Quarkus, no devstack.
 */
class DocumentationLinksTest {

    private static final int README_MAX_BYTES = 8192;

    private static final List<String> OTHER_READMES =
            List.of("bench/README.md", "infra/devstack/README.md", "infra/keycloak/README.md");

    @Test
    void everyRelativeLinkAndAnchorOfTheDocumentationResolves() throws IOException {
        Path root = repositoryRoot();
        List<Path> files = new ArrayList<>();
        files.add(root.resolve("README.md"));
        Path docs = root.resolve("docs");
        if (Files.isDirectory(docs)) {
            try (Stream<Path> walk = Files.walk(docs)) {
                walk.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(".md"))
                        .sorted()
                        .forEach(files::add);
            }
        }
        for (String other : OTHER_READMES) {
            if (Files.isRegularFile(root.resolve(other))) {
                files.add(root.resolve(other));
            }
        }

        LinkChecker checker = new LinkChecker(root);
        List<String> broken = checker.check(files);

        assertTrue(checker.linksChecked() > 0, "found no relative links at all in " + files);
        assertTrue(broken.isEmpty(),
                broken.size() + " broken link(s) in the documentation:\n  " + String.join("\n  ", broken));
    }

    @Test
    void theReadmeIsAFrontPageOfAtMost8Kilobytes() throws IOException {
        long size = Files.size(repositoryRoot().resolve("README.md"));
        assertTrue(size <= README_MAX_BYTES,
                "README.md has " + size + " bytes, more than " + README_MAX_BYTES + ": move details into docs/");
    }

    @Test
    void theCheckerReportsABrokenLinkAndABrokenAnchorButNothingElse(@TempDir Path root) throws IOException {
        Files.createDirectories(root.resolve("docs"));
        Files.writeString(root.resolve("docs/other.md"), "# Other page\n\n## Same\n\n## Same\n");
        Path page = root.resolve("page.md");
        Files.writeString(page, String.join("\n",
                "# Page title",                                           // 1
                "",                                                       // 2
                "See [the other page](docs/other.md#same-1) and [top](#page-title).", // 3
                "A [broken link](docs/missing.md) here.",                 // 4
                "A [broken anchor](#no-such-heading) there.",             // 5
                "Ignored: `[code](nowhere.md)` and <https://example.org> and [web](https://example.org/x.md).",
                "```sh",                                                  // 7
                "echo '[fenced](nowhere-either.md)'",                     // 8
                "```",                                                    // 9
                "[ref]: docs/other.md?plain=1#other-page",                // 10
                "## Åter och bruk (mellanlager)",                         // 11
                "[local](#åter-och-bruk-mellanlager)",                    // 12
                ""));

        List<String> broken = new LinkChecker(root).check(List.of(page, root.resolve("docs/other.md")));

        assertEquals(2, broken.size(), "expected exactly the two broken links, got " + broken);
        assertTrue(broken.get(0).startsWith("page.md:4 → docs/missing.md"), broken.get(0));
        assertTrue(broken.get(1).startsWith("page.md:5 → #no-such-heading"), broken.get(1));
    }

    @Test
    void slugsFollowGitHub() {
        Map<String, Integer> seen = new HashMap<>();
        assertEquals("marketplace-listings-and-search-annonser-och-sök",
                LinkChecker.slug("Marketplace listings and search (annonser och sök)", seen));
        assertEquals("moves-picks-disposal-stock-take", LinkChecker.slug("Moves, picks, disposal, stock-take", seen));
        assertEquals("the-ledger", LinkChecker.slug("The `ledger`", seen));
        assertEquals("the-ledger-1", LinkChecker.slug("The ledger", seen));
        assertEquals("the-ledger-2", LinkChecker.slug("The ledger", seen));
        assertEquals("how-a-request-is-stored-and-why", LinkChecker.slug("How a request is stored, and why", seen));
    }

    private static Path repositoryRoot() {
        Path dir = Paths.get("").toAbsolutePath();
        while (dir != null) {
            if (Files.isRegularFile(dir.resolve("README.md")) && Files.isRegularFile(dir.resolve("pom.xml"))) {
                return dir;
            }
            dir = dir.getParent();
        }
        fail("no folder with README.md and pom.xml above " + Paths.get("").toAbsolutePath());
        return null;
    }

    /** Finds the links of Markdown files and reports those that do not resolve, as {@code file:line → target}. */
    static final class LinkChecker {

        private static final Pattern INLINE_LINK =
                Pattern.compile("\\]\\(\\s*(<[^>]*>|[^\\s)]+)(?:\\s+(?:\"[^\"]*\"|'[^']*'|\\([^)]*\\)))?\\s*\\)");
        private static final Pattern REFERENCE_DEFINITION =
                Pattern.compile("^ {0,3}\\[[^\\]]+\\]:\\s*(<[^>]*>|\\S+)");
        private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");
        private static final Pattern FENCE = Pattern.compile("^\\s*(`{3,}|~{3,})");
        private static final Pattern ATX_HEADING = Pattern.compile("^ {0,3}#{1,6}(?:[ \\t]+(.*?))?(?:[ \\t]+#+)?[ \\t]*$");
        private static final Pattern SETEXT_UNDERLINE = Pattern.compile("^ {0,3}(=+|-+)[ \\t]*$");
        private static final Pattern HTML_ANCHOR = Pattern.compile("<a\\s[^>]*(?:name|id)=\"([^\"]+)\"");

        private final Path root;
        private final Map<Path, Set<String>> anchorsByFile = new HashMap<>();
        private int linksChecked;

        LinkChecker(Path root) {
            this.root = root.toAbsolutePath().normalize();
        }

        int linksChecked() {
            return linksChecked;
        }

        List<String> check(List<Path> files) {
            List<String> broken = new ArrayList<>();
            for (Path file : files) {
                Path absolute = file.toAbsolutePath().normalize();
                List<String> lines = readLines(absolute);
                for (Line line : proseLines(lines)) {
                    for (String target : targets(line.text())) {
                        String problem = problem(absolute, target);
                        if (problem != null) {
                            broken.add(root.relativize(absolute).toString().replace('\\', '/') + ":" + line.number()
                                    + " → " + target + " (" + problem + ")");
                        }
                    }
                }
            }
            return broken;
        }

        /** Why the target does not resolve, or null when it does (or is not ours to check). */
        private String problem(Path file, String rawTarget) {
            String target = rawTarget;
            if (target.startsWith("<") && target.endsWith(">")) {
                target = target.substring(1, target.length() - 1);
            }
            if (target.isEmpty() || SCHEME.matcher(target).find() || target.startsWith("//")) {
                return null;
            }
            linksChecked++;
            String path = target;
            String fragment = null;
            int hash = path.indexOf('#');
            if (hash >= 0) {
                fragment = path.substring(hash + 1);
                path = path.substring(0, hash);
            }
            int query = path.indexOf('?');
            if (query >= 0) {
                path = path.substring(0, query);
            }
            Path resolved;
            if (path.isEmpty()) {
                resolved = file;
            } else {
                String decoded = decode(path);
                resolved = (decoded.startsWith("/") ? root.resolve(decoded.substring(1)) : file.getParent().resolve(decoded))
                        .normalize();
                if (!Files.exists(resolved)) {
                    return "no such file or folder";
                }
            }
            if (fragment == null) {
                return null;
            }
            if (!Files.isRegularFile(resolved) || !resolved.getFileName().toString().endsWith(".md")) {
                return null; // anchors into source files (#L12) are GitHub's business
            }
            String anchor = decode(fragment);
            if (!anchorsOf(resolved).contains(anchor)) {
                return "no heading #" + anchor + " in " + root.relativize(resolved).toString().replace('\\', '/');
            }
            return null;
        }

        private Set<String> anchorsOf(Path file) {
            return anchorsByFile.computeIfAbsent(file, f -> {
                Set<String> anchors = new HashSet<>();
                Map<String, Integer> seen = new HashMap<>();
                List<String> lines = readLines(f);
                List<Line> prose = proseLines(lines);
                Line previous = null;
                for (Line line : prose) {
                    Matcher atx = ATX_HEADING.matcher(line.text());
                    if (atx.matches()) {
                        anchors.add(slug(atx.group(1) == null ? "" : atx.group(1), seen));
                    } else if (previous != null && previous.number() == line.number() - 1
                            && !previous.text().isBlank() && !ATX_HEADING.matcher(previous.text()).matches()
                            && SETEXT_UNDERLINE.matcher(line.text()).matches()
                            && !previous.text().trim().startsWith("|")) {
                        anchors.add(slug(previous.text(), seen));
                    }
                    Matcher html = HTML_ANCHOR.matcher(line.text());
                    while (html.find()) {
                        anchors.add(html.group(1));
                    }
                    previous = line;
                }
                return anchors;
            });
        }

        /** GitHub's heading slug (github-slugger): text only, lower case, punctuation dropped, spaces to '-'. */
        static String slug(String heading, Map<String, Integer> seen) {
            String text = heading.trim()
                    .replaceAll("!?\\[([^\\]]*)\\]\\([^)]*\\)", "$1") // links and images keep their text
                    .replaceAll("<[^>]+>", "")                        // HTML tags
                    .replaceAll("[`*]", "");                          // code and emphasis marks
            String base = text.toLowerCase(Locale.ROOT)
                    .replaceAll("[^\\p{L}\\p{M}\\p{N}\\p{Pc} -]", "")
                    .replace(' ', '-');
            String result = base;
            while (seen.containsKey(result)) {
                int next = seen.merge(base, 1, Integer::sum);
                result = base + "-" + next;
            }
            seen.put(result, 0);
            return result;
        }

        /** The link and reference-definition targets of one line, code spans removed. */
        private static List<String> targets(String line) {
            String prose = withoutCodeSpans(line);
            List<String> targets = new ArrayList<>();
            Matcher inline = INLINE_LINK.matcher(prose);
            while (inline.find()) {
                targets.add(inline.group(1));
            }
            Matcher reference = REFERENCE_DEFINITION.matcher(prose);
            if (reference.find()) {
                targets.add(reference.group(1));
            }
            return targets;
        }

        private static String withoutCodeSpans(String line) {
            StringBuilder out = new StringBuilder();
            int i = 0;
            while (i < line.length()) {
                char c = line.charAt(i);
                if (c == '\\' && i + 1 < line.length()) {
                    out.append(c).append(line.charAt(i + 1));
                    i += 2;
                } else if (c == '`') {
                    int run = i;
                    while (run < line.length() && line.charAt(run) == '`') {
                        run++;
                    }
                    String ticks = line.substring(i, run);
                    int close = closingRun(line, run, ticks.length());
                    if (close < 0) {
                        out.append(ticks); // an unmatched run is literal text
                        i = run;
                    } else {
                        out.append("``");
                        i = close + ticks.length();
                    }
                } else {
                    out.append(c);
                    i++;
                }
            }
            return out.toString();
        }

        private static int closingRun(String line, int from, int length) {
            int i = from;
            while (i < line.length()) {
                if (line.charAt(i) == '`') {
                    int run = i;
                    while (run < line.length() && line.charAt(run) == '`') {
                        run++;
                    }
                    if (run - i == length) {
                        return i;
                    }
                    i = run;
                } else {
                    i++;
                }
            }
            return -1;
        }

        /** The lines outside fenced code blocks, with their 1-based numbers. */
        private static List<Line> proseLines(List<String> lines) {
            List<Line> prose = new ArrayList<>();
            String fence = null;
            for (int i = 0; i < lines.size(); i++) {
                String text = lines.get(i);
                Matcher opening = FENCE.matcher(text);
                if (fence == null) {
                    if (opening.find()) {
                        fence = opening.group(1);
                    } else {
                        prose.add(new Line(i + 1, text));
                    }
                } else if (opening.find() && opening.group(1).charAt(0) == fence.charAt(0)
                        && opening.group(1).length() >= fence.length()
                        && text.trim().length() == opening.group(1).length()) {
                    fence = null;
                }
            }
            return prose;
        }

        private static List<String> readLines(Path file) {
            try {
                return Files.readAllLines(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static String decode(String text) {
            return text.indexOf('%') < 0 ? text : URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
        }

        record Line(int number, String text) {
        }
    }
}
