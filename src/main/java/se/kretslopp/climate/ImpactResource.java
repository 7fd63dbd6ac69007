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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import se.kretslopp.climate.api.DeclarationRow;
import se.kretslopp.climate.api.FollowUp;
import se.kretslopp.climate.api.HandoverImpact;
import se.kretslopp.climate.api.ImpactReport;
import se.kretslopp.climate.api.PublicImpact;
import se.kretslopp.common.FieldCode;
import se.kretslopp.common.Problem;
import se.kretslopp.common.QueryParams;
import se.kretslopp.identity.CurrentUserService;
import se.kretslopp.outcome.api.OutcomeReport;

import java.util.List;

@Path("/v1")
@Authenticated
class ImpactResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String CSV = "text/csv";

    private final ImpactService impact;
    private final CurrentUserService users;

    ImpactResource(ImpactService impact, CurrentUserService users) {
        this.impact = impact;
        this.users = users;
    }

    @GET
    @Path("/reports/impact")
    @Produces({MediaType.APPLICATION_JSON, CSV, XLSX})
    @Operation(summary = "My organisation's realised climate impact: groupBy (role, organisation, building, site, "
            + "category, month, quarter, year; at most two), from, to, role (all, given, received), format (json, csv, xlsx)")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ImpactReport.class)))
    public Uni<Response> report(@RestQuery List<String> groupBy, @RestQuery String from, @RestQuery String to,
                                @RestQuery String role, @RestQuery String organisation,
                                @RestQuery @DefaultValue("json") String format) {
        String f = format(format);
        ImpactService.Query query = ImpactService.query(groupBy, from, to, role);
        // spreadsheets are written on a worker thread: POI is slow to start
        return impact.report(organisation, query).emitOn(Infrastructure.getDefaultWorkerPool()).map(report -> switch (f) {
            case "csv" -> attachment(ImpactExport.csv(report), CSV + "; charset=UTF-8", "klimatnytta.csv");
            case "xlsx" -> attachment(ImpactExport.xlsx(report), XLSX, "klimatnytta.xlsx");
            default -> Response.ok(report, MediaType.APPLICATION_JSON).build();
        });
    }

    @GET
    @Path("/reports/impact/handovers")
    @Produces({MediaType.APPLICATION_JSON, CSV, XLSX})
    @Operation(summary = "The handovers behind my organisation's impact report, one row each with its frozen figures: "
            + "from, to, role (all, given, received), categoryCode, wasteCode (e.g. 17 02 01), format (json, csv, xlsx)")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = HandoverImpact.class)))
    public Uni<Response> handovers(@RestQuery String from, @RestQuery String to, @RestQuery String role,
                                   @RestQuery String categoryCode, @RestQuery String wasteCode,
                                   @RestQuery String organisation, @RestQuery @DefaultValue("json") String format) {
        String f = format(format);
        ImpactService.Query query = ImpactService.query(List.of(), from, to, role);
        ImpactReport.Organisation own = own();
        return impact.handovers(organisation, query, categoryCode, wasteCode).emitOn(Infrastructure.getDefaultWorkerPool())
                .map(rows -> f.equals("json") ? Response.ok(rows, MediaType.APPLICATION_JSON).build()
                        : file(ImpactExport.handovers(own, query.from(), query.to(), rows), f,
                        "klimatnytta-overlamningar"));
    }

    @GET
    @Path("/reports/follow-up")
    @Produces({MediaType.APPLICATION_JSON, CSV, XLSX})
    @Operation(summary = "My organisation's follow-up per year: tonnes kept from waste, CO2e avoided (net), SEK saved, "
            + "share reused internally, reuse inventories, listings and handovers: from, to, format (json, csv, xlsx)")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = FollowUp.class)))
    public Uni<Response> followUp(@RestQuery String from, @RestQuery String to, @RestQuery String organisation,
                                  @RestQuery @DefaultValue("json") String format) {
        String f = format(format);
        ImpactService.Query query = ImpactService.query(List.of(), from, to, null);
        return impact.followUp(organisation, query).emitOn(Infrastructure.getDefaultWorkerPool())
                .map(followUp -> f.equals("json") ? Response.ok(followUp, MediaType.APPLICATION_JSON).build()
                        : file(ImpactExport.followUp(followUp), f, "klimatnytta-uppfoljning"));
    }

    @GET
    @Path("/reports/outcomes")
    @Produces({MediaType.APPLICATION_JSON, CSV, XLSX})
    @Operation(summary = "What became of what left my organisation (docs/outcomes.md): reuse inside it and by others "
            + "(sold, given away), recycled, disposed of, lost; per groupBy (year, quarter, month) and in total: from, "
            + "to, format (json, csv, xlsx)")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = OutcomeReport.class)))
    public Uni<Response> outcomes(@RestQuery String groupBy, @RestQuery String from, @RestQuery String to,
                                  @RestQuery String organisation, @RestQuery @DefaultValue("json") String format) {
        String f = format(format);
        ImpactService.Query query = ImpactService.query(List.of(), from, to, null);
        return impact.outcomes(organisation, query, groupBy).emitOn(Infrastructure.getDefaultWorkerPool())
                .map(report -> f.equals("json") ? Response.ok(report, MediaType.APPLICATION_JSON).build()
                        : file(OutcomeExport.outcomes(report), f, "utfall"));
    }

    @GET
    @Path("/reports/declaration")
    @Produces({MediaType.APPLICATION_JSON, CSV, XLSX})
    @Operation(summary = "What my organisation received for reuse, per receiving project (project: one project's name "
            + "as given at handover), as input to a climate declaration: from, to, project, format (json, csv, xlsx)")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = DeclarationRow.class)))
    public Uni<Response> declaration(@RestQuery String from, @RestQuery String to, @RestQuery String project,
                                     @RestQuery String organisation, @RestQuery @DefaultValue("json") String format) {
        String f = format(format);
        ImpactService.Query query = ImpactService.query(List.of(), from, to, null);
        ImpactReport.Organisation own = own();
        return impact.declaration(organisation, query, project).emitOn(Infrastructure.getDefaultWorkerPool())
                .map(rows -> f.equals("json") ? Response.ok(rows, MediaType.APPLICATION_JSON).build()
                        : file(ImpactExport.declaration(own, query.from(), query.to(), rows), f,
                        "klimatdeklaration-aterbruk"));
    }

    @GET
    @Path("/public/impact/{organisation}")
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "An organisation's realised reuse, aggregated for its web site (anonymous; no personal data)")
    public Uni<PublicImpact> publicImpact(@RestPath String organisation, @RestQuery String from, @RestQuery String to) {
        return impact.publicImpact(organisation, from, to);
    }

    private ImpactReport.Organisation own() {
        var org = users.current().organisation();
        return new ImpactReport.Organisation(org.code(), org.name());
    }

    private static String format(String format) {
        String f = format.trim().toLowerCase(java.util.Locale.ROOT);
        if (!List.of("json", "csv", "xlsx").contains(f)) {
            throw QueryParams.invalidParameter(Problem.FieldError.of("format", FieldCode.INVALID_ENUM,
                    "field.invalidEnum", "json, csv, xlsx").withAllowed(List.of("json", "csv", "xlsx")));
        }
        return f;
    }

    private static Response file(Spreadsheet table, String format, String name) {
        return format.equals("csv") ? attachment(table.csv(), CSV + "; charset=UTF-8", name + ".csv")
                : attachment(table.xlsx(), XLSX, name + ".xlsx");
    }

    private static Response attachment(byte[] content, String type, String name) {
        return Response.ok(content, type).header("Content-Disposition", "attachment; filename=\"" + name + "\"")
                .header("Cache-Control", "no-store").build();
    }
}
