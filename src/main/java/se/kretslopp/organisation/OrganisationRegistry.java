package se.kretslopp.organisation;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import se.kretslopp.common.FieldCode;
import se.kretslopp.common.Message;
import se.kretslopp.common.Problem;
import se.kretslopp.common.ProblemException;
import se.kretslopp.common.ProblemType;
import se.kretslopp.organisation.api.OrganisationRequest;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static se.kretslopp.common.Text.blankToNull;

/**
 * The register of organisations: registers them and changes them, one transaction each, under the rules that the
 * request records cannot state (a registered code never changes, codes and numbers are unique, a group must
 * exist). Only {@link OrganisationAdminService} calls it, and tells the lookups once a change is committed.
 */
@ApplicationScoped
class OrganisationRegistry {

    private final OrganisationRepository organisations;
    private final OrganisationGroupRepository groups;

    OrganisationRegistry(OrganisationRepository organisations, OrganisationGroupRepository groups) {
        this.organisations = organisations;
        this.groups = groups;
    }

    @WithTransaction
    Uni<Organisation> register(OrganisationRequest request) {
        return requireGroup(request.group())
                .call(() -> requireUnique(request.code(), request.organisationNumber(), null))
                .map(v -> newOrganisation(request))
                .call(organisations::persist);
    }

    @WithTransaction
    Uni<Organisation> update(UUID id, Integer expectedVersion, OrganisationRequest request) {
        return find(id)
                .invoke(org -> requireVersion(org.version, expectedVersion))
                .invoke(org -> requireSameCode(org, request.code()))
                .call(org -> requireGroup(request.group()))
                .call(org -> requireUnique(null, request.organisationNumber(), org.id))
                .invoke(org -> apply(org, request))
                .call(organisations::flush);
    }

    /** Sets whether the organisation is active; one that is so already is left as it is. */
    @WithTransaction
    Uni<Organisation> setActive(UUID id, boolean active) {
        return find(id).call(org -> {
            if (org.active == active) {
                return Uni.createFrom().voidItem();
            }
            org.active = active;
            org.updatedAt = OffsetDateTime.now();
            return organisations.flush();
        });
    }

    Uni<Organisation> find(UUID id) {
        return organisations.findById(id).map(org -> {
            if (org == null) {
                throw new ProblemException(ProblemType.NOT_FOUND, Message.of("detail.organisation.organisationId", id));
            }
            return org;
        });
    }

    /** What Bean Validation cannot say: a code is needed to register, and the number's check digit must hold. */
    static void requireWellFormed(OrganisationRequest request, boolean registering) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (registering && request.code() == null) {
            errors.add(Problem.FieldError.of("code", FieldCode.NOT_BLANK, "field.notBlank"));
        }
        if (!OrganisationNumber.isValid(request.organisationNumber())) {
            errors.add(Problem.FieldError.of("organisationNumber", FieldCode.CHECK_DIGIT,
                    "organisation.number.checkDigit"));
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION, Message.of("organisation.invalid"), errors);
        }
    }

    private static void requireVersion(int current, Integer expected) {
        if (expected != null && expected != current) {
            throw new ProblemException(ProblemType.PRECONDITION_FAILED,
                    Message.of("detail.organisation.someoneElseChangedOrganisation", current, expected));
        }
    }

    private static void requireSameCode(Organisation org, String code) {
        if (code != null && !code.equals(org.code)) {
            throw new ProblemException(ProblemType.CONFLICT,
                    Message.of("detail.organisation.codeRegisteredOrganisationCannot"),
                    List.of(Problem.FieldError.of("code", FieldCode.IMMUTABLE, "field.code.immutable", org.code)));
        }
    }

    private Uni<Void> requireGroup(String code) {
        if (blankToNull(code) == null) {
            return Uni.createFrom().voidItem();
        }
        return groups.findById(code.trim()).map(group -> {
            if (group == null) {
                throw new ProblemException(ProblemType.UNPROCESSABLE,
                        Message.of("detail.organisation.thereOrganisationGroupCreate", code.trim()),
                        List.of(Problem.FieldError.of("group", FieldCode.UNKNOWN_REFERENCE, "organisation.group.unknown")));
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
                taken.add(Problem.FieldError.of("code", FieldCode.TAKEN, "organisation.code.taken", sameCode.name));
            }
            if (sameNumber != null && !sameNumber.id.equals(self)) {
                taken.add(Problem.FieldError.of("organisationNumber", FieldCode.TAKEN, "organisation.number.taken",
                        sameNumber.name));
            }
            if (!taken.isEmpty()) {
                throw new ProblemException(ProblemType.CONFLICT,
                        Message.of("detail.organisation.organisationAlreadyRegistered"), taken);
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
}
