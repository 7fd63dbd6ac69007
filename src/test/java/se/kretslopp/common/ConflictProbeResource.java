package se.kretslopp.common;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.faulttolerance.api.ApplyGuard;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A test-only write that PostgreSQL itself fails with a given SQLSTATE the first {@code failures} times it is tried
 * (raised inside a transaction through Hibernate Reactive, as a real deadlock reaches the service), guarded as the
 * service's writes are. {@code GET}-less: the attempts are in the answer.
 */
@Path("/test/conflicts/{key}")
@Produces(MediaType.APPLICATION_JSON)
public class ConflictProbeResource {

    private static final Map<String, AtomicInteger> ATTEMPTS = new ConcurrentHashMap<>();

    @POST
    @ApplyGuard(ConcurrentWrites.GUARD)
    public Uni<Map<String, Object>> write(@RestPath String key, @RestQuery int failures, @RestQuery String state) {
        int attempt = ATTEMPTS.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
        String sql = attempt <= failures
                ? "do $$ begin raise exception 'probe failure %s' using errcode = '%s'; end $$".formatted(attempt,
                state.replaceAll("[^0-9A-Z]", ""))
                : "select 1";
        return Panache.withTransaction(() -> Panache.getSession()
                .flatMap(session -> session.createNativeQuery(sql).getResultList()))
                .map(rows -> Map.of("attempts", attempt));
    }

    static int attempts(String key) {
        AtomicInteger attempts = ATTEMPTS.get(key);
        return attempts == null ? 0 : attempts.get();
    }
}
