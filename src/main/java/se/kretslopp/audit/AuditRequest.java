package se.kretslopp.audit;

import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import jakarta.ws.rs.container.ContainerResponseContext;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The request an audited change came from: its id (the client's {@code X-Request-Id} when it is a sane one, else a
 * new one; echoed in the answer, so that a person can quote it) and the client's address (the proxy's
 * {@code X-Forwarded-For} only when the proxy is trusted: docs/operations.md#rate-limits).
 */
@RequestScoped
class AuditRequest {

    static final String HEADER = "X-Request-Id";
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    private String id;
    private String clientAddress;

    @ServerRequestFilter(nonBlocking = true, priority = 100)
    void identify(HttpServerRequest http) {
        String sent = http.getHeader(HEADER);
        id = sent != null && SANE.matcher(sent).matches() ? sent : UUID.randomUUID().toString();
        clientAddress = http.remoteAddress() == null ? null : http.remoteAddress().hostAddress();
    }

    @ServerResponseFilter
    void echo(ContainerResponseContext response) {
        if (id != null) {
            response.getHeaders().putSingle(HEADER, id);
        }
    }

    String id() {
        return id;
    }

    String clientAddress() {
        return clientAddress;
    }
}
