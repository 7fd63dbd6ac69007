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

    public record ProbeRequest(@NotBlank String name, @Min(1) @Max(4) int condition, @Valid Dimensions dimensions,
                               List<@NotBlank String> tags) {
    }

    @POST
    public ProbeRequest echo(@Valid @NotNull ProbeRequest request) {
        if ("explode".equals(request.name())) {
            throw new IllegalStateException("a bug");
        }
        if ("conflict".equals(request.name())) {
            throw new ProblemException(ProblemType.CONFLICT, "Already there.");
        }
        return request;
    }
}
