package se.kretslopp.audit;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestPath;
import se.kretslopp.audit.api.AuditEntryView;
import se.kretslopp.common.ProblemException;
import se.kretslopp.common.ProblemType;
import se.kretslopp.common.Roles;
import se.kretslopp.organisation.OrganisationService;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * An organisation's own history (its registration, edits, deactivation) for installation administrators, beside the
 * organisations' other endpoints (organisation.OrganisationAdminResource); like those, it needs no organisation of
 * the caller. An organisation's own administrators read theirs at {@code /v1/admin/audit/organisation}.
 */
@Path("/v1/admin/organisations/{id}/history")
@RolesAllowed(Roles.INSTALLATION_ADMIN)
@Produces(MediaType.APPLICATION_JSON)
class OrganisationHistoryResource {

    private final AuditService audit;
    private final OrganisationService organisations;

    OrganisationHistoryResource(AuditService audit, OrganisationService organisations) {
        this.audit = audit;
        this.organisations = organisations;
    }

    @GET
    @Operation(summary = "The organisation's audit history, oldest first (installation admins)")
    public Uni<List<AuditEntryView>> history(@RestPath UUID id) {
        return organisations.findByIds(Set.of(id)).flatMap(found -> {
            if (!found.containsKey(id)) {
                return Uni.createFrom().failure(new ProblemException(ProblemType.NOT_FOUND, "No organisation " + id + "."));
            }
            return audit.history("organisation", id.toString());
        });
    }
}
