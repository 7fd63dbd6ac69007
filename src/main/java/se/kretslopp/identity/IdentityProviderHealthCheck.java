package se.kretslopp.identity;

import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.ext.web.client.WebClient;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheckResponse;
import io.smallrye.health.api.HealthGroup;

import java.time.Duration;

/**
 * Up while the identity provider serves its discovery document: without it no new signing key can be fetched and
 * nobody can sign in. A dependency check ({@code /q/health/group/dependencies}), not readiness: tokens already issued
 * keep working with the keys the service holds. (Quarkus's own check sends HEAD and blocks a worker thread.)
 */
@HealthGroup("dependencies")
@ApplicationScoped
class IdentityProviderHealthCheck implements AsyncHealthCheck {

    static final String NAME = "Identity provider";

    private final WebClient client;
    private final String discoveryUrl;

    IdentityProviderHealthCheck(Vertx vertx, @ConfigProperty(name = "quarkus.oidc.auth-server-url") String serverUrl) {
        this.client = WebClient.create(vertx);
        this.discoveryUrl = serverUrl.replaceAll("/+$", "") + "/.well-known/openid-configuration";
    }

    @Override
    public Uni<HealthCheckResponse> call() {
        return client.getAbs(discoveryUrl).timeout(3000).send()
                .map(response -> HealthCheckResponse.named(NAME)
                        .status(response.statusCode() == 200)
                        .withData("discovery", discoveryUrl)
                        .withData("status", response.statusCode())
                        .build())
                .ifNoItem().after(Duration.ofSeconds(4)).fail()
                .onFailure().recoverWithItem(e -> HealthCheckResponse.named(NAME).down()
                        .withData("discovery", discoveryUrl)
                        .withData("error", String.valueOf(e.getMessage()))
                        .build());
    }

    @PreDestroy
    void close() {
        client.close();
    }
}
