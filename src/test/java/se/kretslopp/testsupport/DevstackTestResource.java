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
        requireEngine(devstack.endpoints().path("search").path("engine").asText());
        String hostPort = pg.path("host").asText() + ":" + pg.path("port").asInt() + "/" + pg.path("database").asText();
        return Map.of(
                "quarkus.datasource.reactive.url", "postgresql://" + hostPort,
                "quarkus.datasource.jdbc.url", "jdbc:postgresql://" + hostPort,
                "quarkus.datasource.username", pg.path("username").asText(),
                "quarkus.datasource.password", pg.path("password").asText(),
                "quarkus.elasticsearch.hosts", search.getHost() + ":" + search.getPort(),
                CONTROL_URL, devstack.endpoints().path("control").path("url").asText());
    }

    /** A suite meant for OpenSearch 3 that quietly ran on 2.19 would prove nothing: fail instead. */
    private void requireEngine(String engine) {
        String major = Devstack.searchEngine().equals("opensearch3") ? "opensearch 3." : "opensearch 2.";
        if (!engine.startsWith(major)) {
            stop();
            throw new IllegalStateException("The devstack's search node is '" + engine + "', not the " + major
                    + "x that " + Devstack.SEARCH_ENGINE + "=" + Devstack.searchEngine() + " asks for");
        }
    }

    @Override
    public void stop() {
        if (devstack != null) {
            devstack.close();
        }
    }
}
