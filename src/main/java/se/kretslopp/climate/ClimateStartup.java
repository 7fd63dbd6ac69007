package se.kretslopp.climate;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.LocalDate;

/**
 * At start-up: imports the bundled files of Boverket's climate database whose version is missing (two replicas
 * starting at once both try; the second finds the version taken and moves on), then freezes the figures of any
 * handover that has none yet.
 */
@ApplicationScoped
class ClimateStartup {

    private static final Logger LOG = Logger.getLogger(ClimateStartup.class);

    private final ClimateData data;
    private final ClimateConfig config;
    private final ClimateService climate;

    ClimateStartup(ClimateData data, ClimateConfig config, ClimateService climate) {
        this.data = data;
        this.config = config;
        this.climate = climate;
    }

    void onStart(@Observes StartupEvent event) {
        for (String entry : config.bundled()) {
            String[] parts = entry.split(";");
            String path = parts[0].trim();
            LocalDate published = parts.length > 1 && !parts[1].isBlank() ? LocalDate.parse(parts[1].trim()) : null;
            String version = ClimateData.versionOf(path).orElseThrow(() ->
                    new IllegalStateException("kretslopp.climate.bundled: no version in the file name " + path));
            if (Boolean.TRUE.equals(data.has(version).await().atMost(Duration.ofSeconds(30)))) {
                continue;
            }
            try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(path)) {
                if (in == null) {
                    throw new IllegalStateException("kretslopp.climate.bundled: no file " + path + " on the class path");
                }
                byte[] bytes = in.readAllBytes();
                String name = path.substring(path.lastIndexOf('/') + 1);
                data.importFile(name, bytes, version, published, "bundled", true).onFailure().recoverWithNull()
                        .await().atMost(Duration.ofMinutes(1));
                LOG.infof("Imported Boverket's climate database %s from %s", version, path);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        Integer frozen = climate.realiseMissing().await().atMost(Duration.ofMinutes(2));
        if (frozen != null && frozen > 0) {
            LOG.infof("Froze the climate figures of %d earlier handovers", frozen);
        }
    }
}
