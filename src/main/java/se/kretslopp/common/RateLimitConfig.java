package se.kretslopp.common;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithParentName;

import java.time.Duration;
import java.util.Map;

/**
 * Rate limits (KRETSLOPP_RATE_LIMITS_*): per budget, how many requests one user or client address may send per
 * period. Behind a reverse proxy, the client address comes from X-Forwarded-For only when
 * {@code quarkus.http.proxy.proxy-address-forwarding} is on and the proxy is in
 * {@code quarkus.http.proxy.trusted-proxies}.
 */
@ConfigMapping(prefix = "kretslopp.rate-limits")
public interface RateLimitConfig {

    /** Off in the tests (they send storms on purpose) but in the one that checks the limits. */
    @WithDefault("true")
    boolean enabled();

    /** The budgets by name (search, public, uploads, reservations, writes). */
    @WithParentName
    Map<String, Budget> budgets();

    interface Budget {
        /** Requests per period; the whole period's worth may come at once. */
        int requests();

        Duration period();
    }
}
