package se.kretslopp.climate;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.List;
import java.util.Optional;

/** Which version of Boverket's climate database is used, and which files ship with the service. */
@ConfigMapping(prefix = "kretslopp.climate")
interface ClimateConfig {

    /** The version in use (e.g. 02.06.000); without it, the newest imported version. */
    Optional<String> version();

    /**
     * Files on the class path imported at start-up when their version is missing, each as
     * {@code path;published-on}: {@code climate/boverket-klimatdatabas-02.06.000-gwp.csv;2025-01-30}.
     */
    @WithDefault("climate/boverket-klimatdatabas-02.06.000-gwp.csv;2025-01-30")
    List<String> bundled();
}
