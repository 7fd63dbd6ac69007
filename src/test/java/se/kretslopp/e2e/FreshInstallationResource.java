package se.kretslopp.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import se.kretslopp.testsupport.Devstack;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;

/**
 * A fresh installation of its own: a new PostgreSQL with an empty database, a new search node and a new Keycloak
 * with the realm of {@code infra/keycloak}, given to the service as a production deployment gives them (no demo
 * data; the settings that the environment variables of docs/configuration.md set).
 */
public class FreshInstallationResource implements QuarkusTestResourceLifecycleManager {

    /** The first administrator of the installation, named in the configuration ({@code KRETSLOPP_INSTALLATION_ADMINS}). */
    static final String FIRST_ADMIN = "erik";

    private Devstack devstack;

    @Override
    public Map<String, String> start() {
        devstack = Devstack.start("postgres", "search", "keycloak");
        JsonNode pg = devstack.endpoints().path("postgres");
        URI search = URI.create(devstack.endpoints().path("search").path("url").asText());
        String keycloak = devstack.endpoints().path("keycloak").path("url").asText();
        String hostPort = pg.path("host").asText() + ":" + pg.path("port").asInt() + "/" + pg.path("database").asText();
        Map<String, String> config = new HashMap<>();
        // DB_HOST, DB_USER, DB_PASSWORD
        config.put("quarkus.datasource.reactive.url", "postgresql://" + hostPort);
        config.put("quarkus.datasource.jdbc.url", "jdbc:postgresql://" + hostPort);
        config.put("quarkus.datasource.username", pg.path("username").asText());
        config.put("quarkus.datasource.password", pg.path("password").asText());
        // SEARCH_HOSTS
        config.put("quarkus.elasticsearch.hosts", search.getHost() + ":" + search.getPort());
        // OIDC_SERVER_URL
        config.put("quarkus.oidc.auth-server-url", keycloak + "/realms/kretslopp");
        config.put("quarkus.oidc.token.issuer", keycloak + "/realms/kretslopp");
        // KEYCLOAK_ADMIN_SERVER_URL, KEYCLOAK_ADMIN_CLIENT_SECRET (the development realm's secret)
        config.put("kretslopp.membership.keycloak.server-url", keycloak);
        config.put("kretslopp.membership.keycloak.client-secret", "kretslopp-admin-dev-secret");
        // KRETSLOPP_INSTALLATION_ADMINS
        config.put("kretslopp.installation.admins", FIRST_ADMIN);
        config.put(KeycloakTestResource.CONTROL_URL, devstack.endpoints().path("control").path("url").asText());
        return config;
    }

    @Override
    public void stop() {
        if (devstack != null) {
            devstack.close();
        }
    }
}
