package se.kretslopp.climate;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import se.kretslopp.climate.api.PublicImpact;
import se.kretslopp.common.FieldCode;
import se.kretslopp.common.Problem;
import se.kretslopp.common.QueryParams;

import java.util.List;

@Path("/v1")
@Authenticated
class ImpactResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String CSV = "text/csv";

    private final ImpactService impact;

    ImpactResource(ImpactService impact) {
        this.impact = impact;
    }

    @GET
    @Path("/reports/impact")
    @Produces({MediaType.APPLICATION_JSON, CSV, XLSX})
    @Operation(summary = "My organisation's realised climate impact: groupBy (role, organisation, building, site, "
            + "category, month, quarter, year; at most two), from, to, role (all, given, received), format (json, csv, xlsx)")
    public Uni<Response> report(@RestQuery List<String> groupBy, @RestQuery String from, @RestQuery String to,
                                @RestQuery String role, @RestQuery String organisation,
                                @RestQuery @DefaultValue("json") String format) {
        String f = format.trim().toLowerCase(java.util.Locale.ROOT);
        if (!List.of("json", "csv", "xlsx").contains(f)) {
            throw QueryParams.invalidParameter(Problem.FieldError.of("format", FieldCode.INVALID_ENUM,
                    "field.invalidEnum", "json, csv, xlsx").withAllowed(List.of("json", "csv", "xlsx")));
        }
        ImpactService.Query query = ImpactService.query(groupBy, from, to, role);
        // spreadsheets are written on a worker thread: POI is slow to start
        return impact.report(organisation, query).emitOn(Infrastructure.getDefaultWorkerPool()).map(report -> switch (f) {
            case "csv" -> attachment(ImpactExport.csv(report), CSV + "; charset=UTF-8", "klimatnytta.csv");
            case "xlsx" -> attachment(ImpactExport.xlsx(report), XLSX, "klimatnytta.xlsx");
            default -> Response.ok(report, MediaType.APPLICATION_JSON).build();
        });
    }

    @GET
    @Path("/public/impact/{organisation}")
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "An organisation's realised reuse, aggregated for its web site (anonymous; no personal data)")
    public Uni<PublicImpact> publicImpact(@RestPath String organisation, @RestQuery String from, @RestQuery String to) {
        return impact.publicImpact(organisation, from, to);
    }

    private static Response attachment(byte[] content, String type, String name) {
        return Response.ok(content, type).header("Content-Disposition", "attachment; filename=\"" + name + "\"")
                .header("Cache-Control", "no-store").build();
    }
}
