package se.kretslopp.organisation;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import se.kretslopp.common.Page;
import se.kretslopp.common.Problem;
import se.kretslopp.common.ProblemException;
import se.kretslopp.common.ProblemType;
import se.kretslopp.organisation.api.OrganisationDetails;
import se.kretslopp.organisation.api.OrganisationRequest;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static se.kretslopp.common.Text.blankToNull;

/**
 * What the installation's administrators do with organisations: register, edit, deactivate and reactivate them;
 * nothing is ever deleted. Each write is one transaction; once it is committed, this replica's lookups
 * ({@link OrganisationService}) hold the new state, so that a deactivated organisation's users are refused from
 * their next request. What search holds follows by the outbox (see {@code V11__organisation_admin.sql}).
 */
@ApplicationScoped
public class OrganisationAdminService {

    private final OrganisationRepository organisations;
    private final OrganisationGroupRepository groups;
    private final OrganisationService lookups;

    OrganisationAdminService(OrganisationRepository organisations, OrganisationGroupRepository groups,
                             OrganisationService lookups) {
        this.organisations = organisations;
        this.groups = groups;
        this.lookups = lookups;
    }

    /** Organisations whose name, code or number holds the text (null: all), active or not as asked (null: both). */
    @WithSession
    public Uni<Page<OrganisationDetails>> list(String text, Boolean active, int page, int size) {
        return organisations.countMatching(text, active).flatMap(total -> organisations
                .matching(text, active, page, size)
                .map(found -> new Page<>(found.stream().map(OrganisationAdminService::details).toList(), page, size,
                        total)));
    }

    @WithSession
    public Uni<OrganisationDetails> get(UUID id) {
        return find(id).map(OrganisationAdminService::details);
    }

    public Uni<OrganisationDetails> register(OrganisationRequest request) {
        return Uni.createFrom().item(request).invoke(r -> requireWellFormed(r, true))
                .flatMap(r -> Panache.withTransaction(() -> requireGroup(r.group())
                        .call(() -> requireUnique(r.code(), r.organisationNumber(), null))
                        .map(v -> newOrganisation(r))
                        .call(organisations::persist)))
                .invoke(this::remember)
                .map(OrganisationAdminService::details);
    }

    /** Replaces what may change; the code may be left out or repeated, never changed. */
    public Uni<OrganisationDetails> update(UUID id, Integer expectedVersion, OrganisationRequest request) {
        return Uni.createFrom().item(request).invoke(r -> requireWellFormed(r, false))
                .flatMap(r -> Panache.withTransaction(() -> find(id)
                        .invoke(org -> requireVersion(org.version, expectedVersion))
                        .invoke(org -> requireSameCode(org, r.code()))
                        .call(org -> requireGroup(r.group()))
                        .call(org -> requireUnique(null, r.organisationNumber(), org.id))
                        .invoke(org -> apply(org, r))
                        .call(organisations::flush)))
                .invoke(this::remember)
                .map(OrganisationAdminService::details);
    }

    /**
     * Refuses the organisation's users from their next request and takes its listings and wanted requests out of
     * search; what is already deactivated stays so, unchanged (200, not 409: the state asked for is reached).
     */
    public Uni<OrganisationDetails> deactivate(UUID id) {
        return setActive(id, false);
    }

    /** Lets the organisation's users in again and puts its listings and wanted requests back into search. */
    public Uni<OrganisationDetails> reactivate(UUID id) {
        return setActive(id, true);
    }

    private Uni<OrganisationDetails> setActive(UUID id, boolean active) {
        return Panache.withTransaction(() -> find(id).call(org -> {
                    if (org.active == active) {
                        return Uni.createFrom().voidItem();
                    }
                    org.active = active;
                    org.updatedAt = OffsetDateTime.now();
                    return organisations.flush();
                }))
                .invoke(this::remember)
                .map(OrganisationAdminService::details);
    }

    private Uni<Organisation> find(UUID id) {
        return organisations.findById(id).map(org -> {
            if (org == null) {
                throw new ProblemException(ProblemType.NOT_FOUND, "No organisation has the id " + id + ".");
            }
            return org;
        });
    }

    private void remember(Organisation org) {
        lookups.remember(OrganisationService.toView(org));
    }

    /** What Bean Validation cannot say: a code is needed to register, and the number's check digit must hold. */
    private static void requireWellFormed(OrganisationRequest request, boolean registering) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (registering && request.code() == null) {
            errors.add(new Problem.FieldError("code", "must not be blank"));
        }
        if (!OrganisationNumber.isValid(request.organisationNumber())) {
            errors.add(new Problem.FieldError("organisationNumber",
                    "has a wrong check digit: it is not a Swedish organisation number"));
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION, "The organisation is not valid.", errors);
        }
    }

    private static void requireVersion(int current, Integer expected) {
        if (expected != null && expected != current) {
            throw new ProblemException(ProblemType.PRECONDITION_FAILED, "Someone else changed this organisation in the"
                    + " meantime (version " + current + ", you had " + expected + "). Reload and try again.");
        }
    }

    private static void requireSameCode(Organisation org, String code) {
        if (code != null && !code.equals(org.code)) {
            throw new ProblemException(ProblemType.CONFLICT, "The code of a registered organisation cannot change: it"
                    + " is the 'org' claim of its users' tokens. Register a new organisation instead.",
                    List.of(new Problem.FieldError("code", "cannot change from '" + org.code + "'")));
        }
    }

    private Uni<Void> requireGroup(String code) {
        if (blankToNull(code) == null) {
            return Uni.createFrom().voidItem();
        }
        return groups.findById(code.trim()).map(group -> {
            if (group == null) {
                throw new ProblemException(ProblemType.UNPROCESSABLE, "There is no organisation group '" + code.trim()
                        + "'. Create it first.",
                        List.of(new Problem.FieldError("group", "is not an organisation group")));
            }
            return null;
        });
    }

    /** The code (when given) and the number must not be another organisation's. */
    private Uni<Void> requireUnique(String code, String number, UUID self) {
        Uni<Organisation> byCode = code == null ? Uni.createFrom().nullItem() : organisations.findByCode(code);
        return byCode.flatMap(sameCode -> organisations.findByNumber(number).map(sameNumber -> {
            List<Problem.FieldError> taken = new ArrayList<>();
            if (sameCode != null) {
                taken.add(new Problem.FieldError("code", "is already the code of " + sameCode.name));
            }
            if (sameNumber != null && !sameNumber.id.equals(self)) {
                taken.add(new Problem.FieldError("organisationNumber", "is already registered to " + sameNumber.name));
            }
            if (!taken.isEmpty()) {
                throw new ProblemException(ProblemType.CONFLICT, "That organisation is already registered.", taken);
            }
            return null;
        }));
    }

    private static Organisation newOrganisation(OrganisationRequest request) {
        Organisation org = new Organisation();
        org.id = UUID.randomUUID();
        org.code = request.code();
        org.active = true;
        org.createdAt = OffsetDateTime.now();
        apply(org, request);
        return org;
    }

    private static void apply(Organisation org, OrganisationRequest request) {
        OrganisationRequest.Contact contact = request.contact();
        OrganisationRequest.Address address = request.address();
        org.name = request.name().trim();
        org.organisationNumber = request.organisationNumber();
        org.kind = request.kind();
        org.group = blankToNull(request.group());
        org.contactName = contact == null ? null : blankToNull(contact.name());
        org.contactEmail = contact == null ? null : blankToNull(contact.email());
        org.contactPhone = contact == null ? null : blankToNull(contact.phone());
        org.streetAddress = address == null ? null : blankToNull(address.street());
        org.postalCode = address == null ? null : blankToNull(address.postalCode());
        org.city = address == null ? null : blankToNull(address.city());
        org.updatedAt = OffsetDateTime.now();
    }

    static OrganisationDetails details(Organisation org) {
        return new OrganisationDetails(org.id, org.code, org.name, org.organisationNumber, org.kind, org.group,
                new OrganisationRequest.Contact(org.contactName, org.contactEmail, org.contactPhone),
                new OrganisationRequest.Address(org.streetAddress, org.postalCode, org.city), org.active,
                org.createdAt, org.updatedAt, org.version);
    }
}
