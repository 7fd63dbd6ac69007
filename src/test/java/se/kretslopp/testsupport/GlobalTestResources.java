package se.kretslopp.testsupport;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * The servers every {@code @QuarkusTest} shares: the devstack's PostgreSQL and search node, and Quarkus's OIDC
 * test server, which serves real signing keys for the tokens of {@link Tokens}.
 */
@WithTestResource(value = DevstackTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
public final class GlobalTestResources {

    private GlobalTestResources() {
    }
}
