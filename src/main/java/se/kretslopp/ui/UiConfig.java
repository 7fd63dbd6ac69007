package se.kretslopp.ui;

import io.smallrye.config.ConfigMapping;

/** What the browser needs to know to sign a person in. */
@ConfigMapping(prefix = "kretslopp.ui")
interface UiConfig {

    /** The OIDC issuer as the browser reaches it (may differ from the service's internal URL). */
    String oidcAuthority();

    /** The public client of the web UI. */
    String oidcClientId();
}
