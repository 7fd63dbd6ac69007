package se.kretslopp.climate;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import se.kretslopp.climate.api.CoverageReport;
import se.kretslopp.climate.api.DatasetView;
import se.kretslopp.climate.api.EstimateRequest;
import se.kretslopp.climate.api.FactorsView;
import se.kretslopp.climate.api.MappingRequest;
import se.kretslopp.climate.api.MappingView;
import se.kretslopp.climate.api.MaterialMappingRequest;
import se.kretslopp.climate.api.Savings;
import se.kretslopp.common.FieldCode;
import se.kretslopp.common.Locations;
import se.kretslopp.common.Message;
import se.kretslopp.common.Problem;
import se.kretslopp.common.ProblemException;
import se.kretslopp.common.ProblemType;
import se.kretslopp.common.QueryParams;
import se.kretslopp.common.Roles;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import java.util.UUID;

@Path("/v1/climate")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
class ClimateResource {

    private static final long MAX_FILE = 5L * 1024 * 1024;

    private final ClimateService climate;

    ClimateResource(ClimateService climate) {
        this.climate = climate;
    }

    @GET
    @Path("/factors")
    @PermitAll
    @Operation(summary = "Boverket's climate figures in use (source and version), every imported version, the material rules")
    public Uni<FactorsView> factors() {
        return climate.factors();
    }

    @GET
    @Path("/datasets")
    @PermitAll
    @Operation(summary = "The imported versions of Boverket's climate database")
    public Uni<List<DatasetView>> datasets() {
        return climate.datasets();
    }

    @POST
    @Path("/datasets")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Import a newer version of Boverket's climate database (admins; same file format, form field 'file')")
    public Uni<Response> importDataset(@RestForm("file") FileUpload file, @RestForm String version,
                                       @RestForm String publishedOn, @RestForm String activate) {
        if (file == null) {
            throw new ProblemException(ProblemType.BAD_REQUEST, Message.of("detail.file.missing"),
                    List.of(Problem.FieldError.of("file", FieldCode.NOT_NULL, "field.file.missing")));
        }
        if (file.size() > MAX_FILE) {
            throw new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, Message.of("detail.file.tooLarge", 5),
                    List.of(Problem.FieldError.of("file", FieldCode.TOO_LARGE, "field.file.tooLarge", 5)
                            .withMax(MAX_FILE)));
        }
        if (version != null && !version.isBlank() && !version.trim().matches("\\d{2}\\.\\d{2}\\.\\d{3}")) {
            throw QueryParams.invalidParameter(Problem.FieldError.of("version", FieldCode.PATTERN,
                    "climate.version.pattern"));
        }
        var published = QueryParams.date(publishedOn, "publishedOn");
        String v = version == null || version.isBlank() ? null : version.trim();
        return Uni.createFrom().item(() -> {
                    try {
                        return Files.readAllBytes(file.uploadedFile());
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }).runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                .flatMap(bytes -> climate.importDataset(file.fileName(), bytes, v, published,
                        QueryParams.bool(activate, true, "activate")))
                .map(d -> Response.created(Locations.of("/api/v1/climate/datasets")).entity(d).build());
    }

    @POST
    @Path("/datasets/{version}/activate")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Use an imported version for estimates and new handovers (admins); frozen figures stay")
    public Uni<DatasetView> activate(@RestPath String version) {
        return climate.activate(version);
    }

    @GET
    @Path("/categories/mappings")
    @PermitAll
    @Operation(summary = "Every category's Boverket product (the mapping table of the method page)")
    public Uni<List<MappingView>> mappings() {
        return climate.mappings();
    }

    @GET
    @Path("/categories/{id}/mapping")
    @PermitAll
    @Operation(summary = "A category's Boverket product")
    public Uni<MappingView> mapping(@RestPath UUID id) {
        return climate.mapping(id);
    }

    @PUT
    @Path("/categories/{id}/mapping")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Map a category to another Boverket product, or to none (admins)")
    public Uni<MappingView> setMapping(@RestPath UUID id, @Valid @NotNull MappingRequest request) {
        return climate.setMapping(id, request);
    }

    @PUT
    @Path("/categories/{id}/mapping/materials/{material}")
    @RolesAllowed({Roles.ADMIN, Roles.INSTALLATION_ADMIN})
    @Operation(summary = "Map a category's items of a material (a code of the mapping's vocabulary, e.g. stal), and "
            + "of a construction where given, to a Boverket product (admins)")
    public Uni<MappingView> setMaterialMapping(@RestPath UUID id, @RestPath String material,
                                               @Valid @NotNull MaterialMappingRequest request) {
        return climate.setMaterialMapping(id, material, request);
    }

    @DELETE
    @Path("/categories/{id}/mapping/materials/{material}")
    @RolesAllowed({Roles.ADMIN, Roles.INSTALLATION_ADMIN})
    @Operation(summary = "Remove a category's product for a material (and the construction given, if any) (admins)")
    public Uni<MappingView> deleteMaterialMapping(@RestPath UUID id, @RestPath String material,
                                                  @RestQuery String construction) {
        return climate.deleteMaterialMapping(id, material, construction);
    }

    @GET
    @Path("/coverage")
    @RolesAllowed({Roles.ADMIN, Roles.INSTALLATION_ADMIN})
    @Produces({MediaType.APPLICATION_JSON, ImpactResource.CSV})
    @Operation(summary = "The mapping's coverage (admins): every category without a material and with each of its "
            + "common materials (all=true: every material), the product and route it gives, and the pairs without "
            + "one; format json or csv")
    @APIResponse(responseCode = "200", description = "The report, as JSON or as CSV (one row per pair)", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CoverageReport.class)),
            @Content(mediaType = ImpactResource.CSV, schema = @Schema(type = SchemaType.STRING))})
    public Uni<Response> coverage(@RestQuery String all, @RestQuery @DefaultValue("json") String format) {
        String f = format.trim().toLowerCase(java.util.Locale.ROOT);
        if (!List.of("json", "csv").contains(f)) {
            throw QueryParams.invalidParameter(Problem.FieldError.of("format", FieldCode.INVALID_ENUM,
                    "field.invalidEnum", "json, csv").withAllowed(List.of("json", "csv")));
        }
        return climate.coverage(QueryParams.bool(all, false, "all")).map(report -> "csv".equals(f)
                ? Response.ok(MappingCoverage.csv(report), ImpactResource.CSV + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"klimatkartlaggning.csv\"").build()
                : Response.ok(report, MediaType.APPLICATION_JSON).build());
    }

    @POST
    @Path("/estimate")
    @PermitAll
    @Operation(summary = "The avoided emissions of reusing something: category and/or material, quantity, unit, dimensions")
    public Uni<Savings> estimate(@Valid @NotNull EstimateRequest request) {
        return climate.estimate(request);
    }

    @GET
    @Path("/listings/{id}/savings")
    @PermitAll
    @Operation(summary = "The potential saving of reusing what a listing offers")
    public Uni<Savings> listingSavings(@RestPath UUID id) {
        return climate.listingSavings(id);
    }

    @GET
    @Path("/items/{id}/savings")
    @Operation(summary = "The potential saving of reusing an inventory item")
    public Uni<Savings> itemSavings(@RestPath UUID id) {
        return climate.itemSavings(id);
    }
}
