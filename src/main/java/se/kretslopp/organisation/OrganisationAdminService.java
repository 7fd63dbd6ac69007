package se.kretslopp.organisation;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import se.kretslopp.common.Page;
import se.kretslopp.organisation.api.OrganisationDetails;
import se.kretslopp.organisation.api.OrganisationRequest;

import java.util.UUID;

/**
 * What the installation's administrators do with organisations: list, register, edit, deactivate and reactivate
 * them; nothing is ever deleted. Each write is one transaction ({@link OrganisationRegistry}); once it is committed,
 * this replica's lookups ({@link OrganisationService}) hold the new state, so that a deactivated organisation's
 * users are refused from their next request. What search holds follows by the outbox (V15__organisation_admin.sql).
 */
@ApplicationScoped
public class OrganisationAdminService {

    private final OrganisationRepository organisations;
    private final OrganisationRegistry registry;
    private final OrganisationService lookups;

    OrganisationAdminService(OrganisationRepository organisations, OrganisationRegistry registry,
                             OrganisationService lookups) {
        this.organisations = organisations;
        this.registry = registry;
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
        return registry.find(id).map(OrganisationAdminService::details);
    }

    public Uni<OrganisationDetails> register(OrganisationRequest request) {
        return Uni.createFrom().item(request)
                .invoke(r -> OrganisationRegistry.requireWellFormed(r, true))
                .flatMap(registry::register)
                .map(this::committed);
    }

    /**
     * Registers an organisation in the caller's transaction (joining: an application is approved in the same
     * transaction). This replica's lookups are not told: the caller's transaction may still roll back; they find
     * the organisation in the database once it is committed.
     */
    public Uni<OrganisationDetails> registerInCallersTransaction(OrganisationRequest request) {
        return Uni.createFrom().item(request)
                .invoke(r -> OrganisationRegistry.requireWellFormed(r, true))
                .flatMap(registry::register)
                .map(OrganisationAdminService::details);
    }

    /** Replaces what may change; the code may be left out or repeated, never changed. */
    public Uni<OrganisationDetails> update(UUID id, Integer expectedVersion, OrganisationRequest request) {
        return Uni.createFrom().item(request)
                .invoke(r -> OrganisationRegistry.requireWellFormed(r, false))
                .flatMap(r -> registry.update(id, expectedVersion, r))
                .map(this::committed);
    }

    /**
     * Refuses the organisation's users from their next request and takes its listings and wanted requests out of
     * search; what is already deactivated stays so, unchanged (200, not 409: the state asked for is reached).
     */
    public Uni<OrganisationDetails> deactivate(UUID id) {
        return registry.setActive(id, false).map(this::committed);
    }

    /** Lets the organisation's users in again and puts its listings and wanted requests back into search. */
    public Uni<OrganisationDetails> reactivate(UUID id) {
        return registry.setActive(id, true).map(this::committed);
    }

    /** Tells this replica's lookups the committed state, and answers it. */
    private OrganisationDetails committed(Organisation org) {
        lookups.remember(OrganisationService.toView(org));
        return details(org);
    }

    private static OrganisationDetails details(Organisation org) {
        return new OrganisationDetails(org.id, org.code, org.name, org.organisationNumber, org.kind, org.group,
                new OrganisationRequest.Contact(org.contactName, org.contactEmail, org.contactPhone),
                new OrganisationRequest.Address(org.streetAddress, org.postalCode, org.city), org.active,
                org.createdAt, org.updatedAt, org.version);
    }
}
