package se.kretslopp.membership;

import se.kretslopp.common.Message;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import se.kretslopp.common.FieldCode;
import se.kretslopp.common.Page;
import se.kretslopp.common.Problem;
import se.kretslopp.common.ProblemException;
import se.kretslopp.common.ProblemType;
import se.kretslopp.common.Roles;
import se.kretslopp.membership.api.ApplicationRequest;
import se.kretslopp.membership.api.ApplicationStatus;
import se.kretslopp.membership.api.ApplicationView;
import se.kretslopp.organisation.OrganisationService;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import static se.kretslopp.common.Text.blankToNull;

/**
 * Applications to join: a signed-in person without a registered organisation applies, reads and withdraws their
 * own; the installation's administrators, and the admins of a municipality for the applications naming its group,
 * list them and reject them. Approving is {@link ApprovalService}'s.
 */
@ApplicationScoped
public class ApplicationService {

    private final OrganisationApplicationRepository applications;
    private final OrganisationService organisations;

    ApplicationService(OrganisationApplicationRepository applications, OrganisationService organisations) {
        this.applications = applications;
        this.organisations = organisations;
    }

    @WithTransaction
    Uni<ApplicationView> apply(Caller caller, ApplicationRequest request) {
        if (!OrganisationService.isValidNumber(request.organisationNumber())) {
            throw new ProblemException(ProblemType.VALIDATION, Message.of("detail.membership.organisationNumberSCheck"),
                    List.of(Problem.FieldError.of("organisationNumber", FieldCode.CHECK_DIGIT,
                            "organisation.number.checkDigit")));
        }
        return requireNoOrganisation(caller)
                .call(() -> requireNumberFree(request.organisationNumber()))
                .call(() -> applications.countPendingOf(caller.subject()).invoke(pending -> {
                    if (pending > 0) {
                        throw new ProblemException(ProblemType.CONFLICT,
                                Message.of("detail.membership.havePendingApplicationAlready"));
                    }
                }))
                .call(() -> requireGroup(request.group()))
                .map(v -> newApplication(caller, request))
                .call(applications::persist)
                .call(applications::flush)
                .map(ApplicationService::view);
    }

    @WithSession
    Uni<List<ApplicationView>> mine(Caller caller) {
        return applications.ofApplicant(caller.subject())
                .map(found -> found.stream().map(ApplicationService::view).toList());
    }

    /** One application, for its applicant and its reviewers; 404 for everyone else. */
    @WithSession
    Uni<ApplicationView> get(Caller caller, UUID id) {
        return find(id).invoke(app -> {
            if (!app.applicantSubject.equals(caller.subject()) && !mayReview(caller, app)) {
                throw notFound(id);
            }
        }).map(ApplicationService::view);
    }

    /** One application for a reviewer: 403 for whoever reviews none, 404 for one they do not review. */
    @WithSession
    Uni<ApplicationView> getForReview(Caller caller, UUID id) {
        reviewedGroup(caller);
        return find(id).invoke(app -> {
            if (!mayReview(caller, app)) {
                throw notFound(id);
            }
        }).map(ApplicationService::view);
    }

    @WithTransaction
    Uni<ApplicationView> withdraw(Caller caller, UUID id) {
        return applications.findForUpdate(id).map(app -> {
            if (app == null || !app.applicantSubject.equals(caller.subject())) {
                throw notFound(id);
            }
            app.decide(ApplicationStatus.WITHDRAWN, caller.actor());
            return app;
        }).call(applications::flush).map(ApplicationService::view);
    }

    /** The applications a reviewer may decide: all for installation admins, their group's for a municipality's. */
    @WithSession
    Uni<Page<ApplicationView>> list(Caller caller, ApplicationStatus status, int page, int size) {
        String group = reviewedGroup(caller);
        return applications.countMatching(status, group).flatMap(total -> applications
                .matching(status, group, page, size)
                .map(found -> new Page<>(found.stream().map(ApplicationService::view).toList(), page, size, total)));
    }

    @WithTransaction
    Uni<ApplicationView> reject(Caller caller, UUID id, String reason) {
        return reviewable(caller, id).map(app -> {
            app.decide(ApplicationStatus.REJECTED, caller.actor());
            app.rejectReason = reason.trim();
            return app;
        }).call(applications::flush).map(ApplicationService::view);
    }

    /** The application, locked for its decision, if the caller may decide it (else 404). */
    Uni<OrganisationApplication> reviewable(Caller caller, UUID id) {
        reviewedGroup(caller);
        return applications.findForUpdate(id).map(app -> {
            if (app == null || !mayReview(caller, app)) {
                throw notFound(id);
            }
            return app;
        });
    }

    /** The group whose applications the caller reviews; null for all (installation admins); 403 for others. */
    static String reviewedGroup(Caller caller) {
        if (caller.installationAdmin()) {
            return null;
        }
        String group = caller.municipalGroup();
        if (group == null) {
            throw new ProblemException(ProblemType.FORBIDDEN,
                    Message.of("detail.membership.installationSAdministratorsAdmins"));
        }
        return group;
    }

    static boolean mayReview(Caller caller, OrganisationApplication app) {
        if (caller.installationAdmin()) {
            return true;
        }
        String group = caller.municipalGroup();
        return group != null && group.equals(app.orgGroup);
    }

    /** A person whose token names a registered organisation belongs to it already. */
    Uni<Void> requireNoOrganisation(Caller caller) {
        if (caller.orgClaim() == null || caller.orgClaim().isBlank()) {
            return Uni.createFrom().voidItem();
        }
        return organisations.findByCode(caller.orgClaim()).invoke(found -> found.ifPresent(org -> {
            throw new ProblemException(ProblemType.ALREADY_IN_ORGANISATION,
                    Message.of("detail.membership.belongAlreadyAskAdmin", org.name()));
        })).replaceWithVoid();
    }

    private Uni<Void> requireNumberFree(String number) {
        return organisations.findByNumber(number).invoke(found -> found.ifPresent(org -> {
            throw new ProblemException(ProblemType.CONFLICT,
                    Message.of("detail.membership.organisationNumberRegisteredAlready"),
                            List.of(Problem.FieldError.of("organisationNumber", FieldCode.TAKEN,
                    "organisation.number.taken", org.name())));
        })).call(() -> applications.countPendingWithNumber(number).invoke(pending -> {
            if (pending > 0) {
                throw new ProblemException(ProblemType.CONFLICT,
                        Message.of("detail.membership.applicationOrganisationNumberPending"),
                                List.of(Problem.FieldError.of("organisationNumber",
                        FieldCode.TAKEN, "application.number.pending")));
            }
        })).replaceWithVoid();
    }

    private Uni<Void> requireGroup(String group) {
        String code = blankToNull(group);
        if (code == null) {
            return Uni.createFrom().voidItem();
        }
        return organisations.groupExists(code).invoke(exists -> {
            if (!exists) {
                throw new ProblemException(ProblemType.UNPROCESSABLE,
                        Message.of("detail.membership.thereOrganisationGroup", code),
                                List.of(Problem.FieldError.of("group", FieldCode.UNKNOWN_REFERENCE,
                        "organisation.group.unknown")));
            }
        }).replaceWithVoid();
    }

    private Uni<OrganisationApplication> find(UUID id) {
        return applications.findById(id).map(app -> {
            if (app == null) {
                throw notFound(id);
            }
            return app;
        });
    }

    static ProblemException notFound(UUID id) {
        return new ProblemException(ProblemType.NOT_FOUND, Message.of("detail.membership.applicationId", id));
    }

    private static OrganisationApplication newApplication(Caller caller, ApplicationRequest request) {
        OrganisationApplication app = new OrganisationApplication();
        app.id = UUID.randomUUID();
        app.applicantSubject = caller.subject();
        app.applicantUsername = caller.username();
        app.applicantName = caller.name();
        app.applicantEmail = caller.email();
        app.organisationName = request.organisationName().trim();
        app.organisationNumber = request.organisationNumber();
        app.kind = request.kind();
        app.orgGroup = blankToNull(request.group());
        app.contactName = request.contact().name().trim();
        app.contactEmail = request.contact().email().trim();
        app.contactPhone = blankToNull(request.contact().phone());
        app.activity = request.activity().trim();
        app.status = ApplicationStatus.PENDING;
        app.createdAt = OffsetDateTime.now();
        app.updatedAt = app.createdAt;
        return app;
    }

    static ApplicationView view(OrganisationApplication app) {
        return new ApplicationView(app.id, app.status, app.organisationName, app.organisationNumber, app.kind,
                app.orgGroup, new ApplicationRequest.Contact(app.contactName, app.contactEmail, app.contactPhone),
                app.activity, new ApplicationView.Applicant(app.applicantSubject, app.applicantUsername,
                app.applicantName, app.applicantEmail), app.createdAt, app.decidedAt, app.rejectReason,
                app.organisationId == null ? null : new ApplicationView.Organisation(app.organisationId, app.organisationCode),
                app.version);
    }

    /** The role that goes with an organisation's kind, beside admin, for the applicant of an approved one. */
    static String workingRole(se.kretslopp.organisation.api.OrganisationKind kind) {
        return switch (kind) {
            case MUNICIPALITY, MUNICIPAL_COMPANY -> Roles.PROPERTY_UNIT;
            case CONTRACTOR -> Roles.CONTRACTOR;
            case BUILDER -> Roles.BUILDER;
            case STORAGE_OPERATOR -> Roles.STORAGE_OPERATOR;
            case CARRIER -> Roles.CARRIER;
            case OTHER -> null;
        };
    }
}
