package se.kretslopp.organisation;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import se.kretslopp.organisation.api.OrganisationView;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Looks up organisations for the other features; entities stay inside this package. Every authenticated request
 * needs its caller's organisation, so what was found is remembered for {@value #REMEMBER_SECONDS} seconds:
 * organisations change rarely; a change made through this replica's API shows at once, one made through another
 * replica or by SQL within that time.
 */
@ApplicationScoped
public class OrganisationService {

    static final long REMEMBER_SECONDS = 30;

    private record Remembered(OrganisationView view, long until) {
    }

    private final OrganisationRepository organisations;
    private final OrganisationGroupRepository groups;
    private final Map<String, Remembered> byCode = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<UUID, Remembered> byId = new java.util.concurrent.ConcurrentHashMap<>();

    OrganisationService(OrganisationRepository organisations, OrganisationGroupRepository groups) {
        this.organisations = organisations;
        this.groups = groups;
    }

    public Uni<Optional<OrganisationView>> findByCode(String code) {
        Remembered known = byCode.get(code);
        if (known != null && known.until() > System.nanoTime()) {
            return Uni.createFrom().item(Optional.of(known.view()));
        }
        return organisations.findByCode(code).map(org -> Optional.ofNullable(org).map(OrganisationService::toView))
                .invoke(found -> found.ifPresent(this::remember));
    }

    /** Whether a Swedish organisation number is written NNNNNN-NNNN with a valid check digit. */
    public static boolean isValidNumber(String number) {
        return OrganisationNumber.isValid(number);
    }

    /** The organisation registered with this organisation number, if any (not remembered: joining asks rarely). */
    public Uni<Optional<OrganisationView>> findByNumber(String number) {
        return organisations.findByNumber(number).map(org -> Optional.ofNullable(org).map(OrganisationService::toView));
    }

    /** Whether there is an organisation group with this code. */
    public Uni<Boolean> groupExists(String code) {
        return groups.findById(code).map(group -> group != null);
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
        Map<UUID, OrganisationView> result = new java.util.HashMap<>();
        java.util.List<UUID> missing = new java.util.ArrayList<>();
        long now = System.nanoTime();
        for (UUID id : ids) {
            Remembered known = byId.get(id);
            if (known != null && known.until() > now) {
                result.put(id, known.view());
            } else {
                missing.add(id);
            }
        }
        if (missing.isEmpty()) {
            return Uni.createFrom().item(result);
        }
        return organisations.list("id in ?1", missing).map(found -> {
            found.stream().map(OrganisationService::toView).forEach(view -> {
                remember(view);
                result.put(view.id(), view);
            });
            return result;
        });
    }

    /** The active organisations of a kind, by name: for a choice among them (the carriers of a delivery). */
    public Uni<java.util.List<OrganisationView>> activeOfKind(se.kretslopp.organisation.api.OrganisationKind kind) {
        return organisations.list("kind = ?1 and active = true order by name", kind)
                .map(found -> found.stream().map(OrganisationService::toView).toList());
    }

    /** Remembers the state of an organisation: what was found, or what an administrator's change just committed. */
    void remember(OrganisationView view) {
        Remembered remembered = new Remembered(view, System.nanoTime()
                + java.util.concurrent.TimeUnit.SECONDS.toNanos(REMEMBER_SECONDS));
        byCode.put(view.code(), remembered);
        byId.put(view.id(), remembered);
    }

    static OrganisationView toView(Organisation org) {
        return new OrganisationView(org.id, org.code, org.name, org.organisationNumber, org.kind.name(), org.group,
                org.active);
    }
}
