package se.kretslopp.membership;

import se.kretslopp.common.Message;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import se.kretslopp.common.ProblemException;
import se.kretslopp.common.ProblemType;
import se.kretslopp.common.Roles;
import se.kretslopp.membership.api.ApplicationStatus;
import se.kretslopp.membership.api.ApplicationView;
import se.kretslopp.organisation.OrganisationAdminService;
import se.kretslopp.organisation.OrganisationService;
import se.kretslopp.organisation.api.OrganisationRequest;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Approves an application to join, all or nothing. In one database transaction: the application is locked and
 * must be pending, the organisation is registered and written (so that a taken code or number fails here, before
 * the identity provider is touched), the application becomes APPROVED, and then the identity provider is asked to
 * put the applicant into the organisation as its admin. Only when it has done so does the transaction commit; if
 * it cannot be reached, the transaction rolls back and the answer is 503 {@code identity-provider-unavailable}:
 * no organisation, the application still pending, to be approved again later. Should the commit itself fail after
 * the identity provider's change, that change is undone.
 */
@ApplicationScoped
public class ApprovalService {

    private static final Logger LOG = Logger.getLogger(ApprovalService.class);
    /** How many derived codes (name, name-2, ...) are tried before the approver is asked to give one. */
    private static final int CODE_CANDIDATES = 20;

    private final ApplicationService applications;
    private final OrganisationAdminService registry;
    private final OrganisationService organisations;
    private final PeopleDirectory directory;

    ApprovalService(ApplicationService applications, OrganisationAdminService registry,
                    OrganisationService organisations, PeopleDirectory directory) {
        this.applications = applications;
        this.registry = registry;
        this.organisations = organisations;
        this.directory = directory;
    }

    Uni<ApplicationView> approve(Caller caller, UUID id, String code) {
        AtomicReference<String> joined = new AtomicReference<>();
        return approveInTransaction(caller, id, code, joined)
                .onFailure().call(failure -> {
                    String subject = joined.get();
                    if (subject == null) {
                        return Uni.createFrom().voidItem();
                    }
                    LOG.warnf("The approval of application %s failed after the identity provider's change (%s); "
                            + "undoing that change", id, failure.toString());
                    return directory.leave(subject).onFailure().invoke(undo -> LOG.errorf(
                            "Could not undo the identity provider's change for %s: remove its 'org' attribute and "
                                    + "roles by hand (%s)", subject, undo.toString())).onFailure().recoverWithNull();
                });
    }

    @WithTransaction
    Uni<ApplicationView> approveInTransaction(Caller caller, UUID id, String code, AtomicReference<String> joined) {
        return applications.reviewable(caller, id)
                .invoke(OrganisationApplication::requirePending)
                .call(app -> codeFor(app, code).flatMap(chosen -> registry.registerInCallersTransaction(
                        new OrganisationRequest(app.organisationName, chosen, app.organisationNumber, app.kind,
                                app.orgGroup, new OrganisationRequest.Contact(app.contactName, app.contactEmail,
                                app.contactPhone), null))
                        .invoke(org -> {
                            app.decide(ApplicationStatus.APPROVED, caller.actor());
                            app.organisationId = org.id();
                            app.organisationCode = org.code();
                        })))
                // written now: a taken code or number, or a change at the same moment, fails before Keycloak is asked
                .call(() -> Panache.getSession().flatMap(session -> session.flush()))
                .call(app -> requireApplicantFree(app))
                .call(app -> directory.join(app.applicantSubject, app.organisationCode, rolesFor(app))
                        .invoke(() -> joined.set(app.applicantSubject)))
                .map(ApplicationService::view);
    }

    /** The applicant must not have joined another organisation meanwhile (by an invitation, say). */
    private Uni<Void> requireApplicantFree(OrganisationApplication app) {
        return directory.find(app.applicantSubject).flatMap(found -> {
            if (found.isEmpty()) {
                throw new ProblemException(ProblemType.UNPROCESSABLE,
                        Message.of("detail.membership.applicantLongerExistsIdentity"));
            }
            String current = found.get().organisation();
            if (current == null || current.equals(app.organisationCode)) {
                return Uni.createFrom().voidItem();
            }
            return organisations.findByCode(current).invoke(org -> org.ifPresent(registered -> {
                throw new ProblemException(ProblemType.ALREADY_IN_ORGANISATION,
                        Message.of("detail.membership.applicantJoinedMeanwhileReject", registered.name()));
            })).replaceWithVoid();
        });
    }

    private static Set<String> rolesFor(OrganisationApplication app) {
        Set<String> roles = new LinkedHashSet<>();
        roles.add(Roles.ADMIN);
        String working = ApplicationService.workingRole(app.kind);
        if (working != null) {
            roles.add(working);
        }
        return roles;
    }

    /** The approver's code as given (the register refuses a taken one), or the first free one derived from the name. */
    private Uni<String> codeFor(OrganisationApplication app, String given) {
        if (given != null) {
            return Uni.createFrom().item(given);
        }
        return firstFree(OrganisationCodes.fromName(app.organisationName), 1);
    }

    private Uni<String> firstFree(String base, int n) {
        if (n > CODE_CANDIDATES) {
            return Uni.createFrom().failure(new ProblemException(ProblemType.CONFLICT,
                    Message.of("detail.membership.freeCodeCouldDerived")));
        }
        String candidate = OrganisationCodes.candidate(base, n);
        return organisations.findByCode(candidate).flatMap(found -> found.isEmpty()
                ? Uni.createFrom().item(candidate) : firstFree(base, n + 1));
    }
}
