package se.kretslopp.devstack;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Keycloak from the unpacked distribution, as a child process (kc.sh start-dev). */
final class KeycloakPart extends Part {

    private static final String IMPORTED_PREFIX = "devstack-";
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(240);

    private final Path home;
    private final Path realmFile;
    private final String realm;
    private final Path dir;
    private final int port;
    private volatile Process process;

    KeycloakPart(Path home, Path realmFile, Path dataRoot, int port) {
        super("keycloak");
        this.home = home;
        this.realmFile = realmFile;
        this.dir = dataRoot.resolve("keycloak");
        this.port = port;
        if (!Files.isExecutable(home.resolve("bin/kc.sh"))) {
            throw new IllegalStateException("keycloak: no Keycloak distribution at " + home
                    + " (run the devstack's 'package' to unpack it, or pass --keycloak-home)");
        }
        if (!Files.isReadable(realmFile)) {
            throw new IllegalStateException("keycloak: realm file " + realmFile + " not found (pass --realm FILE)");
        }
        this.realm = realmName(realmFile);
    }

    private static String realmName(Path file) {
        try {
            String json = Files.readString(file, StandardCharsets.UTF_8);
            Matcher m = Pattern.compile("\"realm\"\\s*:\\s*\"([^\"]+)\"").matcher(json);
            if (!m.find()) {
                throw new IllegalStateException("keycloak: no \"realm\" name in " + file);
            }
            return m.group(1);
        } catch (IOException e) {
            throw new IllegalStateException("keycloak: cannot read " + file + ": " + e, e);
        }
    }

    private Path logFile() {
        return dir.resolve("keycloak.log");
    }

    @Override
    void start() throws Exception {
        Process started;
        synchronized (this) {
            if (process != null) {
                return;
            }
            Util.requirePortFree(name(), port);
            Files.createDirectories(dir);
            importRealmFile();
            List<String> command = new ArrayList<>(List.of(
                    home.resolve("bin/kc.sh").toString(), "start-dev",
                    "--http-host=127.0.0.1",
                    "--http-port=" + port,
                    "--hostname=http://127.0.0.1:" + port,
                    "--import-realm"));
            // Always dev-file (H2 file, no TCP server) with the file under our data directory: switching
            // between dev-mem and dev-file is a build option change that costs a ~30-60 s re-augmentation.
            // In temporary mode that directory is deleted at stop, so the data lives no longer than dev-mem's.
            command.add("--db=dev-file");
            command.add("--db-url=jdbc:h2:file:" + dir.resolve("h2/keycloakdb") + ";NON_KEYWORDS=VALUE");
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(home.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile().toFile()));
            Path tmp = Files.createDirectories(dir.resolve("tmp"));
            builder.environment().put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m");
            // Narayana's default process id opens a listening socket on a random port; a UUID needs none.
            // Its own temp dir keeps Vert.x' cache out of /tmp.
            String append = "-DCoreEnvironmentBean.processImplementationClassName="
                    + "com.arjuna.ats.internal.arjuna.utils.UuidProcessId -Djava.io.tmpdir=" + tmp;
            String userAppend = builder.environment().get("JAVA_OPTS_APPEND");
            builder.environment().put("JAVA_OPTS_APPEND", userAppend == null ? append : userAppend + " " + append);
            // health and metrics stay off, so Keycloak opens no management port (9000)
            builder.environment().remove("KC_HEALTH_ENABLED");
            builder.environment().remove("KC_METRICS_ENABLED");
            started = builder.start();
            process = started;
        }
        waitUntilReady(started);
        Util.log("keycloak ready on http://127.0.0.1:" + port + " (realm " + realm + ")");
    }

    /** Puts the realm file where --import-realm looks, replacing what we put there before. */
    private void importRealmFile() throws IOException {
        Path importDir = Files.createDirectories(home.resolve("data/import"));
        try (DirectoryStream<Path> old = Files.newDirectoryStream(importDir, IMPORTED_PREFIX + "*.json")) {
            for (Path p : old) {
                Files.deleteIfExists(p);
            }
        }
        Files.copy(realmFile, importDir.resolve(IMPORTED_PREFIX + realm + ".json"), StandardCopyOption.REPLACE_EXISTING);
    }

    private void waitUntilReady(Process started) {
        String url = "http://127.0.0.1:" + port + "/realms/" + realm + "/.well-known/openid-configuration";
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!started.isAlive()) {
                failed("exited with code " + started.exitValue(), started);
            }
            if (process != started) {
                failed("was stopped while starting", started);
            }
            if (Util.httpStatus(url, 2000) == 200) {
                return;
            }
            Util.sleep(250);
        }
        failed("not ready after " + READY_TIMEOUT.toSeconds() + " s (" + url + ")", started);
    }

    private void failed(String why, Process started) {
        synchronized (this) {
            if (process == started) {
                process = null;
            }
        }
        kill(started);
        throw new IllegalStateException("keycloak " + why + "; last lines of " + logFile() + ":"
                + System.lineSeparator() + Util.tail(logFile(), 30));
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

    /** Terminates kc.sh and everything below it (the Keycloak JVM), and waits for them. */
    private static void kill(Process root) {
        List<ProcessHandle> tree = new ArrayList<>();
        root.descendants().forEach(tree::add);
        tree.add(root.toHandle());
        // the JVM first (graceful), then the script that waits for it
        for (ProcessHandle p : tree) {
            p.destroy();
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        for (ProcessHandle p : tree) {
            long left = deadline - System.nanoTime();
            try {
                p.onExit().get(Math.max(left, 1), TimeUnit.NANOSECONDS);
            } catch (Exception e) {
                Util.log("keycloak: process " + p.pid() + " did not stop in time; killing it");
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
            }
        }
        for (ProcessHandle p : tree) {
            try {
                p.onExit().get(10, TimeUnit.SECONDS);
            } catch (Exception e) {
                Util.log("keycloak: process " + p.pid() + " is still alive");
            }
        }
    }

    @Override
    boolean isRunning() {
        Process p = process;
        return p != null && p.isAlive();
    }

    @Override
    int port() {
        return port;
    }

    String realm() {
        return realm;
    }

    @Override
    String connectionJson() {
        return "{\"url\":" + Util.json("http://127.0.0.1:" + port) + ",\"realm\":" + Util.json(realm) + "}";
    }
}
