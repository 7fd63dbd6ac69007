package se.kretslopp.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import org.hibernate.reactive.mutiny.Mutiny;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Idempotent POSTs, as the IETF draft "The Idempotency-Key HTTP Header Field" describes them. Runs inside the
 * caller's transaction: the key is stored with the response in the same transaction as the change, so a change and
 * its key commit together or not at all.
 * <ul>
 *     <li>A repeat with the same key and the same request gets the first response again (header
 *     {@code Idempotent-Replayed: true}).</li>
 *     <li>The same key with another request: 422.</li>
 *     <li>A repeat while the first is still running: 409. The first holds a transaction-scoped advisory lock on
 *     the key; a repeat that cannot take it at once answers instead of waiting.</li>
 * </ul>
 * Keys belong to the person who sent them (two people may use the same key) and are kept at least 24 hours.
 */
@ApplicationScoped
public class Idempotency {

    public static final String HEADER = "Idempotency-Key";

    private final ObjectMapper json;

    Idempotency(ObjectMapper json) {
        this.json = json;
    }

    /**
     * A key is 1 to 255 printable ASCII characters. Checked for every request that sends the header, before any
     * resource runs ({@link RequestHygiene}), and here again for callers that pass a key themselves.
     */
    static void requireValidKey(String key) {
        if (key == null || key.isBlank() || key.length() > 255 || !key.chars().allMatch(c -> c >= 0x20 && c < 0x7f)) {
            throw new ProblemException(ProblemType.VALIDATION, Message.of("detail.idempotencyKey.invalid"),
                    List.of(Problem.FieldError.of(HEADER, FieldCode.PATTERN, "field.idempotencyKey.invalid")));
        }
    }

    /**
     * Runs {@code action} once per key: {@code owner} is who sends it, {@code request} identifies the request
     * (method, path and body). Call it inside a transaction of the Hibernate session.
     */
    public Uni<Response> once(String key, String owner, String method, String path, Object request,
                              Supplier<Uni<Response>> action) {
        return onceRecording(key, owner, method, path, request,
                recorder -> action.get().call(recorder::record));
    }

    /**
     * {@link #once} for an action that records its response itself, before its last statement, so that the lock
     * that statement takes is held only until the commit: {@link Recorder#record} stores the response with the key in
     * the transaction, and a second call replaces it (when the last statement changed the answer).
     */
    public Uni<Response> onceRecording(String key, String owner, String method, String path, Object request,
                                       Function<Recorder, Uni<Response>> action) {
        if (key == null) {
            return action.apply(response -> Uni.createFrom().voidItem());
        }
        requireValidKey(key);
        String hash = fingerprint(method, path, request);
        // one round trip: take the key's lock and read what the key answered before (nothing, the first time)
        return Panache.getSession().flatMap(session -> session
                .createNativeQuery("select l.locked, k.request_hash, k.response_status, k.response_body,"
                        + " k.response_location from (select pg_try_advisory_xact_lock(hashtextextended(:k, 7))"
                        + " as locked) l left join idempotency_key k on l.locked and k.owner = :owner"
                        + " and k.key = :key", Object[].class)
                .setParameter("k", owner + "\n" + key).setParameter("owner", owner).setParameter("key", key)
                .getSingleResult()
                .flatMap(found -> {
                    if (!Boolean.TRUE.equals(found[0])) {
                        throw new ProblemException(ProblemType.CONFLICT, Message.of("detail.idempotencyKey.busy"),
                                List.of());
                    }
                    if (found[1] != null) {
                        return Uni.createFrom().item(replay(found, hash));
                    }
                    return action.apply(response -> store(session, owner, key, hash, response));
                }));
    }

    /** Stores the response of an idempotent request with its key, in the request's transaction. */
    @FunctionalInterface
    public interface Recorder {
        Uni<Void> record(Response response);
    }

    /** {@code stored}: locked, request hash, status, body, location. */
    private Response replay(Object[] stored, String hash) {
        if (!hash.equals(stored[1])) {
            throw new ProblemException(ProblemType.UNPROCESSABLE, Message.of("detail.idempotencyKey.reused"),
                    List.of(Problem.FieldError.of(HEADER, FieldCode.KEY_REUSED, "field.idempotencyKey.reused")));
        }
        Response.ResponseBuilder response = Response.status(((Number) stored[2]).intValue())
                .header("Idempotent-Replayed", "true");
        if (stored[3] != null) {
            response.entity(stored[3]).type("application/json");
        }
        if (stored[4] != null) {
            response.location(URI.create((String) stored[4]));
        }
        return response.build();
    }

    private Uni<Void> store(Mutiny.Session session, String owner, String key, String hash, Response response) {
        String body;
        try {
            body = response.getEntity() == null ? null : json.writeValueAsString(response.getEntity());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return session.createNativeQuery("insert into idempotency_key (owner, key, request_hash, response_status,"
                        + " response_body, response_location) values (:owner, :key, :hash, :status, :body, :location)"
                        + " on conflict (owner, key) do update set response_status = excluded.response_status,"
                        + " response_body = excluded.response_body, response_location = excluded.response_location")
                .setParameter("owner", owner).setParameter("key", key).setParameter("hash", hash)
                .setParameter("status", response.getStatus()).setParameter("body", body)
                .setParameter("location", response.getLocation() == null ? null : response.getLocation().toString())
                .executeUpdate().replaceWithVoid();
    }

    private String fingerprint(String method, String path, Object request) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((method + " " + path + "\n").getBytes(StandardCharsets.UTF_8));
            digest.update(json.writeValueAsBytes(request));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException | JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
