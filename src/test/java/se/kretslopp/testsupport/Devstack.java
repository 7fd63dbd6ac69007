package se.kretslopp.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The devstack launcher (infra/devstack) as a child process of the tests: real PostgreSQL, search node and
 * Keycloak, with temporary data. Closing its standard input stops it and every server it started.
 */
public final class Devstack implements AutoCloseable {

    /** System property naming the search engine: {@code opensearch2} (the default) or {@code opensearch3}. */
    public static final String SEARCH_ENGINE = "kretslopp.test.search-engine";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Process process;
    private final JsonNode endpoints;
    private Devstack(Process process, JsonNode endpoints) {
        this.process = process;
        this.endpoints = endpoints;
    }

    /** Starts the given parts ({@code postgres}, {@code search}, {@code keycloak}) and waits until they are healthy. */
    public static Devstack start(String... parts) {
        String jar = System.getProperty("kretslopp.devstack.jar", "infra/devstack/target/kretslopp-devstack.jar");
        if (!Files.exists(Path.of(jar))) {
            throw new IllegalStateException("No devstack at " + jar + ": build it with ./mvnw -f infra/devstack/pom.xml package");
        }
        try {
            Path logs = Path.of(System.getProperty("kretslopp.test.log-dir", System.getProperty("java.io.tmpdir")));
            Files.createDirectories(logs);
            Path log = Files.createTempFile(logs, "devstack-", ".log");
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            List<String> command = new ArrayList<>(List.of(java, "-Xmx768m", "-jar", jar, "--parts", String.join(",", parts)));
            command.addAll(searchEngineOptions());
            Process process = new ProcessBuilder(command)
                    .redirectError(log.toFile())
                    .start();
            CompletableFuture<String> firstLine = CompletableFuture.supplyAsync(() -> readJsonLine(process));
            String line;
            try {
                line = firstLine.get(300, TimeUnit.SECONDS);
            } catch (Exception e) {
                // the servers it started (Keycloak is a process of its own) go with it
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                throw new IllegalStateException("Devstack did not come up: " + tail(log), e);
            }
            if (line == null) {
                throw new IllegalStateException("Devstack exited before it was ready: " + tail(log));
            }
            return new Devstack(process, JSON.readTree(line));
        } catch (IOException e) {
            throw new IllegalStateException("Could not start the devstack", e);
        }
    }

    /**
     * The search engine the tests run against: OpenSearch 2.19 in the devstack's JVM unless
     * {@value #SEARCH_ENGINE} names {@code opensearch3} (the engine suite, {@code -Pengine-opensearch3}).
     */
    public static String searchEngine() {
        return System.getProperty(SEARCH_ENGINE, "opensearch2");
    }

    private static List<String> searchEngineOptions() {
        List<String> options = new ArrayList<>(List.of("--search-engine", searchEngine()));
        String java21 = System.getProperty("kretslopp.java21.home", "");
        if (!java21.isBlank()) {
            options.addAll(List.of("--java21-home", java21));
        }
        return options;
    }

    private static String readJsonLine(Process process) {
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("{")) {
                    return line;
                }
            }
            return null;
        } catch (IOException e) {
            return null;
        }
    }

    public JsonNode endpoints() {
        return endpoints;
    }

    public ProcessHandle handle() {
        return process.toHandle();
    }

    /** Stops one part through the devstack's control server. */
    public void stopPart(String part) {
        control(controlUrl(), "/parts/" + part + "/stop");
    }

    /** Starts one part again on the same port and data; returns once it is healthy. */
    public void startPart(String part) {
        control(controlUrl(), "/parts/" + part + "/start");
    }

    private String controlUrl() {
        return endpoints.path("control").path("url").asText();
    }

    /** Sends a command ({@code /parts/search/stop}, ...) to the control server of a running devstack. */
    public static void control(String controlUrl, String path) {
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(controlUrl + path))
                            .timeout(Duration.ofSeconds(120))
                            .POST(HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("Devstack " + path + " answered " + response.statusCode() + ": " + response.body());
            }
        } catch (IOException e) {
            throw new IllegalStateException("Devstack control " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Closes the devstack's standard input, which stops every part, and waits for it to exit. */
    @Override
    public void close() {
        try {
            process.getOutputStream().close();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
            }
        } catch (IOException e) {
            process.destroyForcibly();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log)";
        }
    }
}
