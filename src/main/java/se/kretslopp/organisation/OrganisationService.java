package se.kretslopp.organisation;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import se.kretslopp.organisation.api.OrganisationView;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/** Looks up organisations for the other features; entities stay inside this package. */
@ApplicationScoped
public class OrganisationService {

    private final OrganisationRepository organisations;

    OrganisationService(OrganisationRepository organisations) {
        this.organisations = organisations;
    }

    public Uni<Optional<OrganisationView>> findByCode(String code) {
        return organisations.findByCode(code).map(org -> Optional.ofNullable(org).map(OrganisationService::toView));
    }

    /** The organisations with these codes, by code; one query, so it is safe inside one reactive session. */
    public Uni<Map<String, OrganisationView>> findByCodes(Collection<String> codes) {
        if (codes.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return organisations.list("code in ?1", codes).map(found -> found.stream()
                .collect(Collectors.toMap(org -> org.code, OrganisationService::toView)));
    }

    public Uni<Map<UUID, OrganisationView>> findByIds(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return organisations.list("id in ?1", ids).map(found -> found.stream()
                .collect(Collectors.toMap(org -> org.id, OrganisationService::toView)));
    }

    static OrganisationView toView(Organisation org) {
        return new OrganisationView(org.id, org.code, org.name, org.organisationNumber, org.kind.name(), org.group);
    }
}
