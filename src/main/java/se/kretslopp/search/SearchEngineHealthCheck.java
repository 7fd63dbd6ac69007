package se.kretslopp.search;

import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheckResponse;
import io.smallrye.health.api.HealthGroup;

import java.time.Duration;

/**
 * Up while the search engine answers and its cluster is not red. A dependency check
 * ({@code /q/health/group/dependencies}), not readiness: a replica without the search engine still serves everything
 * but search, so an outage of the engine must not take every replica out of the load balancer.
 */
@HealthGroup("dependencies")
@ApplicationScoped
class SearchEngineHealthCheck implements AsyncHealthCheck {

    static final String NAME = "Search engine";

    private final SearchEngine engine;

    SearchEngineHealthCheck(SearchEngine engine) {
        this.engine = engine;
    }

    @Override
    public Uni<HealthCheckResponse> call() {
        return engine.clusterHealth()
                .ifNoItem().after(Duration.ofSeconds(3)).fail()
                .map(health -> {
                    String status = health.path("status").asText("unknown");
                    return HealthCheckResponse.named(NAME)
                            .status(!"red".equals(status) && !"unknown".equals(status))
                            .withData("cluster", health.path("cluster_name").asText(""))
                            .withData("status", status)
                            .build();
                })
                .onFailure().recoverWithItem(e -> HealthCheckResponse.named(NAME).down()
                        .withData("error", String.valueOf(e.getMessage()))
                        .build());
    }
}
