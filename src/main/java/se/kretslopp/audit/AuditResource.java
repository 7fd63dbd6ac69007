package se.kretslopp.audit;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestQuery;
import se.kretslopp.audit.api.AuditCheck;
import se.kretslopp.audit.api.AuditEntryView;
import se.kretslopp.common.FieldCode;
import se.kretslopp.common.Page;
import se.kretslopp.common.Problem;
import se.kretslopp.common.QueryParams;
import se.kretslopp.common.Roles;
import se.kretslopp.identity.CurrentUserService;

import java.util.List;

/**
 * The audit trail for administrators: an organisation's administrators see the changes made by its people and the
 * changes to its records.
 */
@Path("/v1/admin/audit")
@RolesAllowed(Roles.ADMIN)
class AuditResource {

    private final AuditService audit;
    private final CurrentUserService users;

    AuditResource(AuditService audit, CurrentUserService users) {
        this.audit = audit;
        this.users = users;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Changes by my organisation's people or to its records, newest first")
    public Uni<Page<AuditEntryView>> search(@RestQuery String resource, @RestQuery String resourceId,
                                            @RestQuery String actor, @RestQuery String from, @RestQuery String to,
                                            @RestQuery String page, @RestQuery String size) {
        return audit.search(filter(resource, resourceId, actor, from, to), scope(), QueryParams.page(page),
                QueryParams.size(size));
    }

    @GET
    @Path("/export.csv")
    @Produces("text/csv")
    @Operation(summary = "The same changes as CSV, oldest first (at most 100,000)")
    public Uni<Response> export(@RestQuery String resource, @RestQuery String resourceId, @RestQuery String actor,
                                @RestQuery String from, @RestQuery String to) {
        return audit.csv(filter(resource, resourceId, actor, from, to), scope())
                .map(csv -> Response.ok(csv, "text/csv; charset=UTF-8")
                        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"audit.csv\"").build());
    }

    @GET
    @Path("/organisation")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "My organisation's own history (its registration and edits), oldest first")
    public Uni<List<AuditEntryView>> organisationHistory() {
        return audit.history("organisation", scope().toString());
    }

    @GET
    @Path("/check")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Recompute the audit trail's hash chain: the first break, if any, and the chain's head")
    public Uni<AuditCheck> check() {
        return audit.check();
    }

    private java.util.UUID scope() {
        return users.current().organisation().id();
    }

    private static AuditService.Filter filter(String resource, String resourceId, String actor, String from,
                                              String to) {
        return new AuditService.Filter(text(resource, "resource"), text(resourceId, "resourceId"),
                text(actor, "actor"), null, from == null ? null : QueryParams.date(from, "from"),
                to == null ? null : QueryParams.date(to, "to"));
    }

    private static String text(String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > 200) {
            throw QueryParams.invalidParameter(Problem.FieldError.of(name, FieldCode.SIZE,
                    "field.maxChars", 200).withMax(200));
        }
        return value.strip();
    }
}
