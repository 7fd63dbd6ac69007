package se.kretslopp.devstack;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import se.kretslopp.testsupport.Devstack;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** The devstack leaves nothing behind: no child process and no listening port, however it is stopped. */
class DevstackLifecycleTest {

    @Test
    void closingStandardInputStopsEveryPartIncludingKeycloak() {
        Devstack devstack = Devstack.start("postgres", "search", "keycloak");
        List<ProcessHandle> children = devstack.handle().descendants().toList();
        List<Integer> ports = ports(devstack.endpoints());
        assertFalse(children.isEmpty(), "PostgreSQL and Keycloak run as child processes");
        ports.forEach(port -> assertTrue(listening(port), "port " + port + " listens while the devstack runs"));

        devstack.close();

        assertStopped(devstack, children, ports);
    }

    @Test
    void sigtermStopsEveryPart() {
        Devstack devstack = Devstack.start("postgres", "search");
        List<ProcessHandle> children = devstack.handle().descendants().toList();
        List<Integer> ports = ports(devstack.endpoints());

        devstack.handle().destroy();

        assertStopped(devstack, children, ports);
    }

    private static void assertStopped(Devstack devstack, List<ProcessHandle> children, List<Integer> ports) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)
                && (devstack.isAlive() || children.stream().anyMatch(ProcessHandle::isAlive))) {
            sleep();
        }
        assertFalse(devstack.isAlive(), "the launcher exited");
        children.forEach(child -> assertFalse(child.isAlive(),
                "child process " + child.pid() + " " + child.info().command().orElse("") + " is gone"));
        ports.forEach(port -> assertFalse(listening(port), "port " + port + " is closed"));
    }

    private static List<Integer> ports(JsonNode endpoints) {
        List<Integer> ports = new ArrayList<>();
        if (endpoints.has("postgres")) {
            ports.add(endpoints.path("postgres").path("port").asInt());
        }
        for (String part : List.of("search", "keycloak", "control")) {
            if (endpoints.has(part)) {
                ports.add(URI.create(endpoints.path(part).path("url").asText()).getPort());
            }
        }
        if (ports.contains(0) || ports.contains(-1)) {
            fail("Every endpoint names its port: " + endpoints);
        }
        return ports;
    }

    private static boolean listening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
