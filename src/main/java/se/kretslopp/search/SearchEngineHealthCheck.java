package se.kretslopp.search;

import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import java.time.Duration;

/** Ready only while the search engine answers and its cluster is not red. */
@Readiness
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
