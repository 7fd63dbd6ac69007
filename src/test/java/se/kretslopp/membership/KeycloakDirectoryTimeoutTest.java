package se.kretslopp.membership;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.core.Vertx;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import se.kretslopp.common.ProblemException;

import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An identity provider that takes the connection and never answers: the change is answered with 503 once the
 * timeout has passed, instead of holding a worker thread and the approval's transaction for as long as the
 * connection lives.
 */
@QuarkusTest
class KeycloakDirectoryTimeoutTest {

    @Inject
    Vertx vertx;

    @Test
    void aKeycloakThatNeverAnswersIsGivenUpAfterTheTimeout() throws Exception {
        List<Socket> held = new CopyOnWriteArrayList<>();
        try (ServerSocket silent = new ServerSocket(0)) {
            Thread acceptor = new Thread(() -> {
                while (!silent.isClosed()) {
                    try {
                        held.add(silent.accept());
                    } catch (java.io.IOException closed) {
                        return;
                    }
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
            KeycloakDirectory directory = new KeycloakDirectory(config("http://127.0.0.1:" + silent.getLocalPort(),
                    Duration.ofMillis(800)), vertx);
            long start = System.nanoTime();
            ProblemException refused = assertThrows(ProblemException.class,
                    () -> directory.find("sub-someone").await().atMost(Duration.ofSeconds(60)));
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            assertEquals("urn:kretslopp:problem:identity-provider-unavailable", refused.problem().type());
            assertTrue(!held.isEmpty(), "the client did reach the silent server");
            // well below the 30 s that the REST client would otherwise wait, and the minute this test waits
            assertTrue(took.compareTo(Duration.ofSeconds(10)) < 0, "gave up after " + took);
            directory.close();
        } finally {
            for (Socket socket : held) {
                socket.close();
            }
        }
    }

    private static MembershipConfig config(String url, Duration timeout) {
        MembershipConfig.Keycloak keycloak = new MembershipConfig.Keycloak() {
            public Optional<String> serverUrl() {
                return Optional.of(url);
            }

            public String realm() {
                return "kretslopp";
            }

            public String clientId() {
                return "kretslopp-admin";
            }

            public Optional<String> clientSecret() {
                return Optional.of("secret");
            }

            public Duration timeout() {
                return timeout;
            }
        };
        return new MembershipConfig() {
            public Duration invitationLifetime() {
                return Duration.ofDays(14);
            }

            public String invitationPath() {
                return "/joining/invitation";
            }

            public Keycloak keycloak() {
                return keycloak;
            }
        };
    }
}
