package se.kretslopp.deployment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One replica of the service: the packaged application ({@code target/quarkus-app/quarkus-run.jar}) in a JVM of its
 * own, in the production profile, on free ports, with its console output in a file the test can read.
 */
final class ServiceInstance implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    final String name;
    final int port;
    final int managementPort;
    final Path log;
    private final Process process;

    private ServiceInstance(String name, int port, int managementPort, Path log, Process process) {
        this.name = name;
        this.port = port;
        this.managementPort = managementPort;
        this.log = log;
        this.process = process;
    }

    /** Starts the packaged application with these environment variables and system properties; does not wait. */
    static ServiceInstance start(String name, Map<String, String> environment, Map<String, String> properties) {
        Path jar = Path.of(System.getProperty("kretslopp.app.jar", "target/quarkus-app/quarkus-run.jar"));
        if (!Files.exists(jar)) {
            throw new IllegalStateException("No packaged application at " + jar + ": run ./mvnw package first");
        }
        try {
            int port = freePort();
            int management = freePort();
            Path logs = Path.of(System.getProperty("kretslopp.test.log-dir", System.getProperty("java.io.tmpdir")));
            Files.createDirectories(logs);
            Path log = Files.createTempFile(logs, "replica-" + name + "-", ".log");
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m"));
            properties.forEach((key, value) -> command.add("-D" + key + "=" + value));
            command.add("-jar");
            command.add(jar.toString());
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().putAll(environment);
            builder.environment().put("HTTP_PORT", Integer.toString(port));
            builder.environment().put("MANAGEMENT_PORT", Integer.toString(management));
            return new ServiceInstance(name, port, management, log, builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String url() {
        return "http://localhost:" + port;
    }

    String managementUrl() {
        return "http://localhost:" + managementPort;
    }

    /** Waits until the instance answers ready (or fails with the tail of its log). */
    void awaitReady(Duration patience) {
        long deadline = System.nanoTime() + patience.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Replica " + name + " exited: " + tail());
            }
            try {
                HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
                                URI.create(managementUrl() + "/q/health/ready")).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(250);
        }
        throw new IllegalStateException("Replica " + name + " not ready after " + patience + ": " + tail());
    }

    /** The instance's console output so far. */
    String output() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The value of a Prometheus gauge or counter without labels of this instance (summed over label sets). */
    double metric(String name) {
        try {
            String body = HTTP.send(HttpRequest.newBuilder(URI.create(managementUrl() + "/q/metrics")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            double sum = 0;
            boolean found = false;
            for (String line : body.split("\n")) {
                if (line.startsWith(name + "{") || line.startsWith(name + " ")) {
                    sum += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
                    found = true;
                }
            }
            if (!found) {
                throw new IllegalStateException("No metric " + name + " on replica " + this.name);
            }
            return sum;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String tail() {
        List<String> lines = output().lines().toList();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    /** Stops the instance as Kubernetes would (SIGTERM), and forcibly if it does not go within 30 s. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
