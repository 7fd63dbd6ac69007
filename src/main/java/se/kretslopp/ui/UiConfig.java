package se.kretslopp.ui;

import io.smallrye.config.ConfigMapping;

/** What the browser needs to know to sign a person in and to draw maps. */
@ConfigMapping(prefix = "kretslopp.ui")
interface UiConfig {

    /** The OIDC issuer as the browser reaches it (may differ from the service's internal URL). */
    String oidcAuthority();

    /** The public client of the web UI. */
    String oidcClientId();

    /** The map's tile server URL template ({z}/{x}/{y}); "none" for a map without tiles (points only). */
    java.util.Optional<String> mapTileUrl();

    /** The attribution the tile server asks for. */
    java.util.Optional<String> mapAttribution();

    /**
     * Where people report accessibility problems (an e-mail address), shown in the accessibility statement that the
     * Act (2018:1937) on accessibility to digital public services requires; the operator of the installation sets it.
     */
    java.util.Optional<String> accessibilityContact();
}
