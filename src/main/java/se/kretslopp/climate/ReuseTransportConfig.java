package se.kretslopp.climate;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The vehicle factor for moving reused material over a distance recorded at handover. Boverket's climate database
 * as bundled has no vehicle factor (its A4 figures are per product, and the energy and fuel entries are not in the
 * file), so the factor is configuration, with its source and date frozen with each handover that uses it.
 */
@ConfigMapping(prefix = "kretslopp.reuse-transport")
interface ReuseTransportConfig {

    /** kg CO2e per tonne-km. */
    @WithDefault("0.12")
    BigDecimal factor();

    @WithDefault("Kretslopp default: assumed medium diesel lorry, partly loaded (not a measured figure); set your haulier's")
    String source();

    @WithDefault("2026-12-03")
    LocalDate asOf();
}
