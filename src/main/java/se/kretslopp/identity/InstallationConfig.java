package se.kretslopp.identity;

import io.smallrye.config.ConfigMapping;

import java.util.List;
import java.util.Optional;

/** The installation's own settings (KRETSLOPP_INSTALLATION_*). */
@ConfigMapping(prefix = "kretslopp.installation")
interface InstallationConfig {

    /**
     * Usernames (the tokens' {@code preferred_username}) of the installation's administrators, beside those with the
     * realm role {@code installation-admin}; comma-separated in KRETSLOPP_INSTALLATION_ADMINS, none by default.
     */
    Optional<List<String>> admins();
}
