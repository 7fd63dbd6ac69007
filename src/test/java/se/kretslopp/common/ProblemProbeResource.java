package se.kretslopp.common;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/** A test-only endpoint with a JSON body, to check how the common error handling answers bad input. */
@Path("/test/probe")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class ProblemProbeResource {

    public record Dimensions(@NotNull @Min(1) Integer lengthMm, @Min(1) Integer widthMm) {
    }

    public enum Kind { CONTRACTOR, BUILDER }

    public record ProbeRequest(@NotBlank String name, @Min(1) @Max(4) int condition, @Valid Dimensions dimensions,
                               List<@NotBlank String> tags, @jakarta.validation.constraints.Size(max = 20) String note,
                               java.time.LocalDate day, Kind kind) {
    }

    @POST
    public ProbeRequest echo(@Valid @NotNull ProbeRequest request) {
        if ("explode".equals(request.name())) {
            throw new IllegalStateException("a bug");
        }
        if ("conflict".equals(request.name())) {
            throw new ProblemException(ProblemType.CONFLICT, "Already there.");
        }
        // what the database says when two transactions lock the same rows in opposite orders, or when the
        // serialisable isolation level refuses a commit (wrapped, as Hibernate Reactive and Mutiny wrap it)
        if ("deadlock".equals(request.name())) {
            throw new IllegalStateException("failed", new io.vertx.pgclient.PgException("deadlock detected", "ERROR",
                    "40P01", "Process 1 waits for ShareLock on transaction 2"));
        }
        if ("serialization".equals(request.name())) {
            throw new io.vertx.pgclient.PgException("could not serialize access", "ERROR", "40001", null);
        }
        if ("pool-timeout".equals(request.name())) {
            throw new IllegalStateException(new io.vertx.core.impl.NoStackTraceThrowable("Timeout waiting for connection"));
        }
        if ("database-restarting".equals(request.name())) {
            throw new io.vertx.pgclient.PgException("terminating connection due to administrator command", "FATAL",
                    "57P01", null);
        }
        if ("connection-reset".equals(request.name())) {
            // PostgreSQL stopped while this request's connection was in use (seen in DatabaseOutageTest)
            throw new IllegalStateException(new java.net.SocketException("Connection reset"));
        }
        if ("database-down".equals(request.name())) {
            throw new IllegalStateException(new java.net.ConnectException("Connection refused: /127.0.0.1:5432"));
        }
        return request;
    }
}
