package se.kretslopp.outcome;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.time.Duration;

/**
 * At start-up: gives every leaving event without an outcome one (V25's backfill, run again): the demo data is loaded
 * after the versioned migrations, and a path that takes things out without recording an outcome is caught here.
 */
@ApplicationScoped
class OutcomeStartup {

    private static final Logger LOG = Logger.getLogger(OutcomeStartup.class);

    private final OutcomeService outcomes;

    OutcomeStartup(OutcomeService outcomes) {
        this.outcomes = outcomes;
    }

    void onStart(@Observes StartupEvent event) {
        Integer mapped = outcomes.backfill().await().atMost(Duration.ofMinutes(2));
        if (mapped != null && mapped > 0) {
            LOG.infof("Mapped %d earlier handovers, picks, disposals, losses and closed items onto outcomes", mapped);
        }
    }
}
