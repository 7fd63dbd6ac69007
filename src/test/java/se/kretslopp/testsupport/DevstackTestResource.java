package se.kretslopp.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.net.URI;
import java.util.Map;

/**
 * The real PostgreSQL and search node for all tests, started once per test run (see {@link GlobalTestResources}).
 */
public class DevstackTestResource implements QuarkusTestResourceLifecycleManager {

    /** Tests read this to reach the devstack's control server (e.g. to stop the search node). */
    public static final String CONTROL_URL = "kretslopp.test.devstack-control-url";

    private Devstack devstack;

    @Override
    public Map<String, String> start() {
        devstack = Devstack.start("postgres", "search");
        JsonNode pg = devstack.endpoints().path("postgres");
        URI search = URI.create(devstack.endpoints().path("search").path("url").asText());
        String hostPort = pg.path("host").asText() + ":" + pg.path("port").asInt() + "/" + pg.path("database").asText();
        return Map.of(
                "quarkus.datasource.reactive.url", "postgresql://" + hostPort,
                "quarkus.datasource.jdbc.url", "jdbc:postgresql://" + hostPort,
                "quarkus.datasource.username", pg.path("username").asText(),
                "quarkus.datasource.password", pg.path("password").asText(),
                "quarkus.elasticsearch.hosts", search.getHost() + ":" + search.getPort(),
                CONTROL_URL, devstack.endpoints().path("control").path("url").asText());
    }

    @Override
    public void stop() {
        if (devstack != null) {
            devstack.close();
        }
    }
}
