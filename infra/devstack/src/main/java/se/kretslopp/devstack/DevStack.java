package se.kretslopp.devstack;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Starts PostgreSQL, an OpenSearch node and Keycloak on 127.0.0.1 for local runs and tests, prints one JSON
 * line with their addresses to stdout once all are healthy, and stops them all on SIGTERM, SIGINT or EOF on stdin.
 */
public final class DevStack {

    static final String KEYCLOAK_DIR = "keycloak-26.7.3";
    private static final List<String> ALL_PARTS = List.of("postgres", "search", "keycloak");

    private static final String USAGE = String.join(System.lineSeparator(),
            "usage: java -jar kretslopp-devstack.jar [--parts postgres,search,keycloak] [--data-dir DIR]",
            "         [--postgres-port N] [--search-port N] [--keycloak-port N] [--control-port N]",
            "         [--keycloak-home DIR] [--realm FILE] [--ignore-stdin]",
            "         [--search-engine opensearch2|opensearch3] [--java21-home DIR] [--opensearch3-jar FILE]",
            "  Ports default to 0 (a free port). Without --data-dir, data lives in a temporary directory",
            "  deleted at stop. Stops on SIGTERM, SIGINT and EOF on stdin (unless --ignore-stdin).",
            "  The search node is OpenSearch 2.19 in this JVM, or with --search-engine opensearch3 an OpenSearch 3.x",
            "  node (infra/search-opensearch3) in a Java 21+ JVM from --java21-home, else $" + OpenSearch3Part.JAVA21_HOME_ENV + ",",
            "  else " + OpenSearch3Part.DEFAULT_JAVA21_HOME + ".");

    private final Map<String, Part> parts = new LinkedHashMap<>();
    private final Object shutdownLock = new Object();
    private volatile boolean shutDown;
    private static volatile boolean ready;
    private ControlServer control;
    private Path tempDir;

    private DevStack() {
    }

    public static void main(String[] args) {
        // stdout carries exactly one line; everything else (ours and libraries') goes to stderr
        PrintStream stdout = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        System.setOut(System.err);

        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("devstack: " + e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
            return;
        }
        if (options.help) {
            System.err.println(USAGE);
            return;
        }
        new DevStack().run(options, stdout);
    }

    private void run(Options options, PrintStream stdout) {
        long t0 = System.nanoTime();
        Runtime.getRuntime().addShutdownHook(new Thread(this::shutdown, "devstack-shutdown"));
        if (!options.ignoreStdin) {
            watchStdin();
        }
        try {
            Path root = dataRoot(options);
            Path jarDir = jarDirectory();
            for (String name : options.parts) {
                switch (name) {
                    case "postgres" -> parts.put(name, new PostgresPart(root, jarDir.resolve("postgres-binaries"), port(options.postgresPort)));
                    case "search" -> parts.put(name, searchPart(options, root, jarDir));
                    case "keycloak" -> {
                        Path home = options.keycloakHome != null ? options.keycloakHome : jarDir.resolve(KEYCLOAK_DIR);
                        Path realm = options.realm != null ? options.realm
                                : jarDir.resolve("../../keycloak/kretslopp-realm.json").normalize();
                        parts.put(name, new KeycloakPart(home.toAbsolutePath(), realm.toAbsolutePath(), root,
                                port(options.keycloakPort)));
                    }
                    default -> throw new IllegalStateException("unknown part " + name);
                }
            }
            control = new ControlServer(parts, options.controlPort);
            control.start();
            startAll();
        } catch (Exception e) {
            fail(e);
            return;
        }

        StringBuilder line = new StringBuilder("{");
        for (Part part : parts.values()) {
            line.append(Util.json(part.name())).append(':').append(part.connectionJson()).append(',');
        }
        line.append("\"control\":{\"url\":").append(Util.json(control.url())).append("}}");
        Util.log(String.format("all parts ready in %.1f s", (System.nanoTime() - t0) / 1e9));
        stdout.println(line);
        stdout.flush();
        ready = true;

        try {
            new CountDownLatch(1).await(); // until a signal or EOF on stdin ends the JVM
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Starts the parts side by side (Keycloak is the slow one) and fails on the first error. */
    private void startAll() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(parts.size(), r -> {
            Thread t = new Thread(r, "devstack-start");
            t.setDaemon(true);
            return t;
        });
        try {
            ExecutorCompletionService<String> done = new ExecutorCompletionService<>(pool);
            List<Future<String>> futures = new ArrayList<>();
            for (Part part : parts.values()) {
                futures.add(done.submit(() -> {
                    long t = System.nanoTime();
                    part.start();
                    Util.log(String.format("%s started in %.1f s", part.name(), (System.nanoTime() - t) / 1e9));
                    return part.name();
                }));
            }
            for (int i = 0; i < futures.size(); i++) {
                try {
                    done.take().get();
                } catch (ExecutionException e) {
                    throw e.getCause() instanceof Exception ex ? ex : e;
                }
            }
        } finally {
            pool.shutdown();
        }
    }

    private static Part searchPart(Options options, Path root, Path jarDir) {
        if (options.searchEngine.equals("opensearch2")) {
            return new SearchPart(root, port(options.searchPort));
        }
        Path jar = options.opensearch3Jar != null ? options.opensearch3Jar
                : jarDir.resolve("../../search-opensearch3/target/kretslopp-search-opensearch3.jar").normalize();
        return new OpenSearch3Part(OpenSearch3Part.javaHome(options.java21Home, System.getenv()).toAbsolutePath(),
                jar.toAbsolutePath(), root, port(options.searchPort));
    }

    private void fail(Exception e) {
        System.err.println("devstack: FAILED to start: " + e.getMessage());
        if (e.getCause() != null && !(e instanceof IllegalStateException)) {
            e.printStackTrace(System.err);
        }
        System.err.flush();
        System.exit(1); // the shutdown hook stops whatever did start
    }

    private static int port(int requested) {
        return requested != 0 ? requested : Util.freePort();
    }

    private Path dataRoot(Options options) throws IOException {
        if (options.dataDir != null) {
            return Files.createDirectories(options.dataDir.toAbsolutePath());
        }
        tempDir = Files.createTempDirectory("kretslopp-devstack-");
        // PostgreSQL runs as 'nobody' when we are root; it must be able to reach its data directory
        Files.setPosixFilePermissions(tempDir, PosixFilePermissions.fromString("rwxr-xr-x"));
        return tempDir;
    }

    private static Path jarDirectory() {
        try {
            Path location = Path.of(DevStack.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            // target/kretslopp-devstack.jar or target/classes: either way target/
            return location.toAbsolutePath().getParent();
        } catch (Exception e) {
            return Path.of(".").toAbsolutePath();
        }
    }

    private static void watchStdin() {
        Thread t = new Thread(() -> {
            byte[] buffer = new byte[256];
            try {
                while (System.in.read(buffer) != -1) {
                    // ignore input; only EOF matters
                }
            } catch (IOException e) {
                // treat a broken stdin like EOF
            }
            if (ready) {
                Util.log("stdin closed; stopping");
                System.exit(0);
            } else {
                System.err.println("devstack: stdin closed before all parts were ready; stopping"
                        + " (pass --ignore-stdin to run without an open stdin)");
                System.exit(1);
            }
        }, "devstack-stdin");
        t.setDaemon(true);
        t.start();
    }

    private void shutdown() {
        synchronized (shutdownLock) {
            if (shutDown) {
                return;
            }
            shutDown = true;
        }
        Util.log("stopping");
        if (control != null) {
            control.stop();
        }
        List<Part> reverse = new ArrayList<>(parts.values());
        java.util.Collections.reverse(reverse);
        for (Part part : reverse) {
            try {
                part.stop();
            } catch (RuntimeException e) {
                Util.log(part.name() + ": error while stopping: " + e);
            }
        }
        if (tempDir != null) {
            Util.deleteRecursively(tempDir);
        }
        Util.log("stopped");
        System.err.flush();
    }

    /** Command line options. */
    static final class Options {
        Set<String> parts = new LinkedHashSet<>(ALL_PARTS);
        Path dataDir;
        int postgresPort;
        int searchPort;
        int keycloakPort;
        int controlPort;
        Path keycloakHome;
        Path realm;
        String searchEngine = "opensearch2";
        Path java21Home;
        Path opensearch3Jar;
        boolean ignoreStdin;
        boolean help;

        static Options parse(String[] args) {
            Options o = new Options();
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                String value = null;
                int eq = arg.indexOf('=');
                if (arg.startsWith("--") && eq > 0) {
                    value = arg.substring(eq + 1);
                    arg = arg.substring(0, eq);
                }
                switch (arg) {
                    case "-h", "--help" -> o.help = true;
                    case "--ignore-stdin" -> o.ignoreStdin = true;
                    default -> {
                        if (value == null) {
                            if (i + 1 >= args.length) {
                                throw new IllegalArgumentException(arg + " needs a value");
                            }
                            value = args[++i];
                        }
                        o.set(arg, value);
                    }
                }
            }
            return o;
        }

        private void set(String option, String value) {
            switch (option) {
                case "--parts" -> {
                    parts = new LinkedHashSet<>();
                    for (String p : value.split(",")) {
                        String name = p.trim();
                        if (name.isEmpty()) {
                            continue;
                        }
                        if (!ALL_PARTS.contains(name)) {
                            throw new IllegalArgumentException("unknown part '" + name + "' (known: " + ALL_PARTS + ")");
                        }
                        parts.add(name);
                    }
                    // keep a fixed order whatever the order given
                    parts.retainAll(ALL_PARTS);
                    List<String> ordered = new ArrayList<>(ALL_PARTS);
                    ordered.retainAll(parts);
                    parts = new LinkedHashSet<>(ordered);
                    if (parts.isEmpty()) {
                        throw new IllegalArgumentException("--parts names no part");
                    }
                }
                case "--data-dir" -> dataDir = Path.of(value);
                case "--postgres-port" -> postgresPort = parsePort(option, value);
                case "--search-port" -> searchPort = parsePort(option, value);
                case "--keycloak-port" -> keycloakPort = parsePort(option, value);
                case "--control-port" -> controlPort = parsePort(option, value);
                case "--keycloak-home" -> keycloakHome = Path.of(value);
                case "--realm" -> realm = Path.of(value);
                case "--search-engine" -> {
                    if (!value.equals("opensearch2") && !value.equals("opensearch3")) {
                        throw new IllegalArgumentException("--search-engine is opensearch2 or opensearch3, not '" + value + "'");
                    }
                    searchEngine = value;
                }
                case "--java21-home" -> java21Home = Path.of(value);
                case "--opensearch3-jar" -> opensearch3Jar = Path.of(value);
                default -> throw new IllegalArgumentException("unknown option " + option
                        + " (" + Arrays.toString(new String[] {"--parts", "--data-dir", "--postgres-port",
                        "--search-port", "--keycloak-port", "--control-port", "--keycloak-home", "--realm",
                        "--ignore-stdin", "--search-engine", "--java21-home", "--opensearch3-jar"}) + ")");
            }
        }

        private static int parsePort(String option, String value) {
            try {
                int port = Integer.parseInt(value);
                if (port < 0 || port > 65535) {
                    throw new NumberFormatException();
                }
                return port;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(option + " needs a port number 0-65535, not '" + value + "'");
            }
        }
    }
}
