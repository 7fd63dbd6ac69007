package se.kretslopp.devstack;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An OpenSearch 3.x node (infra/search-opensearch3) as a child process in a Java 21+ JVM: OpenSearch 3 needs
 * Lucene 10 and Java 21, so it cannot run in this JVM beside the 2.19 node. Data in DIR/search/; same port and
 * data across stop and start, like {@link SearchPart}.
 */
final class OpenSearch3Part extends Part {

    /** Where Java 21+ is looked for when neither --java21-home nor KRETSLOPP_JAVA21_HOME says. */
    static final Path DEFAULT_JAVA21_HOME = Path.of("/usr/lib/jvm/temurin-25-jdk-amd64");
    static final String JAVA21_HOME_ENV = "KRETSLOPP_JAVA21_HOME";
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(120);

    private final Path java;
    private final Path jar;
    private final Path root;
    private final int httpPort;
    private final int transportPort;
    private volatile Process process;
    private volatile String version = "";
    private final ArrayDeque<String> lastLines = new ArrayDeque<>();

    OpenSearch3Part(Path javaHome, Path jar, Path dataRoot, int httpPort) {
        super("search");
        this.java = javaHome.resolve("bin/java");
        this.jar = jar;
        this.root = dataRoot.resolve("search");
        this.httpPort = httpPort;
        this.transportPort = Util.freePort();
        if (!Files.isExecutable(java)) {
            throw new IllegalStateException("search: OpenSearch 3 needs Java 21+, and there is no java at " + java
                    + " (set " + JAVA21_HOME_ENV + " or pass --java21-home)");
        }
        int feature = javaFeatureVersion(javaHome);
        if (feature < 21) {
            throw new IllegalStateException("search: OpenSearch 3 needs Java 21+, and " + javaHome + " is Java "
                    + feature + " (set " + JAVA21_HOME_ENV + " or pass --java21-home)");
        }
        if (!Files.isReadable(jar)) {
            throw new IllegalStateException("search: no OpenSearch 3 node at " + jar + " (build it with a Java 21+ JDK:"
                    + " JAVA_HOME=" + javaHome + " ./mvnw -f infra/search-opensearch3/pom.xml package)");
        }
    }

    /** The major version from the JDK's release file; taken as 21 when unreadable (the node's start then tells). */
    private static int javaFeatureVersion(Path javaHome) {
        try {
            Matcher m = Pattern.compile("JAVA_VERSION=\"(\\d+)").matcher(Files.readString(javaHome.resolve("release")));
            return m.find() ? Integer.parseInt(m.group(1)) : 21;
        } catch (IOException | NumberFormatException e) {
            return 21;
        }
    }

    /** Java 21+ from --java21-home, else KRETSLOPP_JAVA21_HOME, else the Temurin 25 of these machines. */
    static Path javaHome(Path option, Map<String, String> env) {
        if (option != null) {
            return option;
        }
        String fromEnv = env.get(JAVA21_HOME_ENV);
        return fromEnv != null && !fromEnv.isBlank() ? Path.of(fromEnv) : DEFAULT_JAVA21_HOME;
    }

    @Override
    void start() throws Exception {
        Process started;
        synchronized (this) {
            if (process != null) {
                return;
            }
            Util.requirePortFree(name(), httpPort);
            Files.createDirectories(root);
            Path tmp = Files.createDirectories(root.resolve("tmp"));
            ProcessBuilder builder = new ProcessBuilder(List.of(java.toString(), "-Xms256m", "-Xmx512m",
                    "-Djava.io.tmpdir=" + tmp, "-jar", jar.toString(),
                    root.toString(), String.valueOf(httpPort), String.valueOf(transportPort)))
                    .redirectErrorStream(true);
            // its standard input stays a pipe that only this JVM holds: when we die, it sees EOF and stops
            started = builder.start();
            process = started;
            copyOutput(started);
        }
        waitUntilReady(started);
        Util.log("search (OpenSearch " + version + ", " + java + ") ready on http://127.0.0.1:" + httpPort);
    }

    /**
     * The node's log goes to our standard error, as the embedded 2.19 node's does (so the tests' devstack log
     * shows it), prefixed, and its last lines are kept for the message when it fails to start.
     */
    private void copyOutput(Process started) {
        Thread t = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(started.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                    synchronized (lastLines) {
                        if (lastLines.size() == 30) {
                            lastLines.removeFirst();
                        }
                        lastLines.addLast(line);
                    }
                    System.err.println("[opensearch3] " + line);
                }
            } catch (IOException e) {
                // the process is gone
            }
        }, "opensearch3-output");
        t.setDaemon(true);
        t.start();
    }

    private void waitUntilReady(Process started) {
        String url = "http://127.0.0.1:" + httpPort + "/_cluster/health?wait_for_status=yellow&timeout=2s";
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!started.isAlive()) {
                failed("exited with code " + started.exitValue(), started);
            }
            if (process != started) {
                failed("was stopped while starting", started);
            }
            try {
                String body = Util.httpBody(url, 5000);
                if (body.contains("\"status\":\"green\"") || body.contains("\"status\":\"yellow\"")) {
                    version = versionNumber(Util.httpBody("http://127.0.0.1:" + httpPort + "/", 5000));
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Util.sleep(200);
        }
        failed("not yellow after " + READY_TIMEOUT.toSeconds() + " s", started);
    }

    private static String versionNumber(String rootBody) {
        Matcher m = Pattern.compile("\"number\"\\s*:\\s*\"([^\"]+)\"").matcher(rootBody);
        return m.find() ? m.group(1) : "unknown";
    }

    private void failed(String why, Process started) {
        synchronized (this) {
            if (process == started) {
                process = null;
            }
        }
        kill(started);
        String last;
        synchronized (lastLines) {
            last = String.join(System.lineSeparator(), lastLines);
        }
        throw new IllegalStateException("search (OpenSearch 3) " + why + "; its last lines:" + System.lineSeparator() + last);
    }

    @Override
    void stop() {
        Process running;
        synchronized (this) {
            running = process;
            process = null;
        }
        if (running != null) {
            kill(running);
        }
    }

    /** SIGTERM (the node closes itself in its shutdown hook), then SIGKILL if it takes longer than 30 s. */
    private static void kill(Process p) {
        try {
            p.getOutputStream().close();
        } catch (IOException e) {
            // it may be gone already
        }
        p.destroy();
        try {
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                Util.log("search: OpenSearch 3 process " + p.pid() + " did not stop in time; killing it");
                p.destroyForcibly();
                p.waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            p.destroyForcibly();
        }
    }

    @Override
    boolean isRunning() {
        Process p = process;
        return p != null && p.isAlive();
    }

    @Override
    int port() {
        return httpPort;
    }

    @Override
    String connectionJson() {
        return "{\"url\":" + Util.json("http://127.0.0.1:" + httpPort) + ",\"engine\":"
                + Util.json("opensearch " + version) + "}";
    }
}
