package se.kretslopp.audit;

import io.quarkus.security.identity.CurrentIdentityAssociation;
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
import se.kretslopp.identity.api.OpenToInstallationAdmins;

import java.util.List;
import java.util.UUID;

/**
 * The audit trail for administrators: an organisation's administrators see the changes made by its people and the
 * changes to its records; the installation's administrators (who need no organisation of their own) see all of it,
 * and may narrow it to one organisation's with {@code organisation}.
 */
@Path("/v1/admin/audit")
@RolesAllowed(Roles.ADMIN)
class AuditResource {

    private final AuditService audit;
    private final CurrentUserService users;
    private final CurrentIdentityAssociation identities;

    AuditResource(AuditService audit, CurrentUserService users, CurrentIdentityAssociation identities) {
        this.audit = audit;
        this.users = users;
        this.identities = identities;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.INSTALLATION_ADMIN})
    @OpenToInstallationAdmins
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Changes by my organisation's people or to its records (installation admins: all), newest"
            + " first; organisation: only those by that organisation's people or to its records")
    public Uni<Page<AuditEntryView>> search(@RestQuery String resource, @RestQuery String resourceId,
                                            @RestQuery String actor, @RestQuery String organisation,
                                            @RestQuery String from, @RestQuery String to,
                                            @RestQuery String page, @RestQuery String size) {
        AuditService.Filter filter = filter(resource, resourceId, actor, organisation, from, to);
        int pageNumber = QueryParams.page(page);
        int pageSize = QueryParams.size(size);
        return scope().flatMap(scope -> audit.search(filter, scope, pageNumber, pageSize));
    }

    @GET
    @Path("/export.csv")
    @RolesAllowed({Roles.ADMIN, Roles.INSTALLATION_ADMIN})
    @OpenToInstallationAdmins
    @Produces("text/csv")
    @Operation(summary = "The same changes as CSV, oldest first (at most 100,000)")
    public Uni<Response> export(@RestQuery String resource, @RestQuery String resourceId, @RestQuery String actor,
                                @RestQuery String organisation, @RestQuery String from, @RestQuery String to) {
        AuditService.Filter filter = filter(resource, resourceId, actor, organisation, from, to);
        return scope().flatMap(scope -> audit.csv(filter, scope))
                .map(csv -> Response.ok(csv, "text/csv; charset=UTF-8")
                        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"audit.csv\"").build());
    }

    @GET
    @Path("/organisation")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "My organisation's own history (its registration and edits), oldest first")
    public Uni<List<AuditEntryView>> organisationHistory() {
        return audit.history("organisation", users.current().organisation().id().toString());
    }

    @GET
    @Path("/check")
    @RolesAllowed({Roles.ADMIN, Roles.INSTALLATION_ADMIN})
    @OpenToInstallationAdmins
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Recompute the audit trail's hash chain: the first break, if any, and the chain's head")
    public Uni<AuditCheck> check() {
        return audit.check();
    }

    /**
     * Whose entries the caller sees: an installation administrator all (null), anyone else their organisation's. An
     * installation administrator is no CurrentUser here (they may have no organisation), so ask the identity.
     */
    private Uni<UUID> scope() {
        return identities.getDeferredIdentity().map(identity -> identity.hasRole(Roles.INSTALLATION_ADMIN)
                ? null : users.current().organisation().id());
    }

    private static AuditService.Filter filter(String resource, String resourceId, String actor, String organisation,
                                              String from, String to) {
        return new AuditService.Filter(text(resource, "resource"), text(resourceId, "resourceId"),
                text(actor, "actor"), organisation == null || organisation.isBlank() ? null
                : QueryParams.uuid(organisation.strip(), "organisation"),
                from == null ? null : QueryParams.date(from, "from"),
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
