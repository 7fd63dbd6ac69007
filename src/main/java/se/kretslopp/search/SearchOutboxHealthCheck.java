package se.kretslopp.search;

import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheckResponse;
import io.smallrye.health.api.HealthGroup;

/**
 * Reports how many changes wait to reach the search index and how old the oldest is. Always up: writes go on
 * while the engine is away (the "Search engine" check reports that); this one shows how far behind the index is.
 */
@HealthGroup("dependencies")
@ApplicationScoped
class SearchOutboxHealthCheck implements AsyncHealthCheck {

    static final String NAME = "Search outbox";

    private final OutboxRelay relay;

    SearchOutboxHealthCheck(OutboxRelay relay) {
        this.relay = relay;
    }

    @Override
    public Uni<HealthCheckResponse> call() {
        return relay.measure()
                .map(state -> HealthCheckResponse.named(NAME).up()
                        .withData("backlog", state.backlog())
                        .withData("oldestAgeSeconds", state.oldestAgeSeconds())
                        .build())
                .onFailure().recoverWithItem(e -> HealthCheckResponse.named(NAME).down()
                        .withData("error", String.valueOf(e.getMessage())).build());
    }
}
