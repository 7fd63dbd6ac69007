package se.kretslopp.inventory;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import se.kretslopp.common.FieldCode;
import se.kretslopp.common.Message;
import se.kretslopp.common.Page;
import se.kretslopp.common.Problem;
import se.kretslopp.common.ProblemException;
import se.kretslopp.common.ProblemType;
import se.kretslopp.identity.CurrentUserService;
import se.kretslopp.identity.api.CurrentUser;
import se.kretslopp.inventory.api.BuildingRequest;
import se.kretslopp.inventory.api.BuildingView;
import se.kretslopp.inventory.api.BuildingView.OrganisationRef;
import se.kretslopp.organisation.OrganisationService;
import se.kretslopp.organisation.api.OrganisationView;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Buildings (objekt) and who may see them: the use cases of the building pages. */
@ApplicationScoped
public class BuildingService {

    private final BuildingRepository buildings;
    private final InventoryItemRepository items;
    private final OrganisationService organisations;
    private final CurrentUserService users;

    BuildingService(BuildingRepository buildings, InventoryItemRepository items, OrganisationService organisations,
                    CurrentUserService users) {
        this.buildings = buildings;
        this.items = items;
        this.organisations = organisations;
        this.users = users;
    }

    @WithSession
    public Uni<Page<BuildingView>> list(boolean archived, int page, int size) {
        CurrentUser user = users.current();
        UUID org = user.organisation().id();
        return buildings.countVisibleTo(org, archived).flatMap(total -> buildings.visibleTo(org, archived, page, size)
                .flatMap(found -> views(found, user)).map(views -> new Page<>(views, page, size, total)));
    }

    @WithSession
    public Uni<BuildingView> get(UUID id) {
        CurrentUser user = users.current();
        return buildings.findById(id).map(b -> BuildingAccess.requireReadable(b, user)).flatMap(b -> view(b, user));
    }

    @WithTransaction
    public Uni<BuildingView> create(BuildingRequest request) {
        CurrentUser user = users.current();
        if (!BuildingAccess.mayCreateBuildings(user)) {
            return Uni.createFrom().failure(new ProblemException(ProblemType.FORBIDDEN,
                    Message.of("detail.inventory.propertyUnitUsersAdmins")));
        }
        Building building = new Building();
        building.id = UUID.randomUUID();
        building.organisationId = user.organisation().id();
        building.createdAt = OffsetDateTime.now();
        return apply(building, request).flatMap(buildings::persist).flatMap(b -> view(b, user));
    }

    @WithTransaction
    public Uni<BuildingView> update(UUID id, Integer expectedVersion, BuildingRequest request) {
        CurrentUser user = users.current();
        return buildings.findById(id)
                .map(b -> BuildingAccess.requireWritable(b, user))
                .invoke(b -> requireVersion(b.version, expectedVersion))
                .flatMap(b -> apply(b, request))
                .call(buildings::flush)
                .flatMap(b -> view(b, user));
    }

    /** Archiving hides a building from the working lists; nothing is deleted. */
    @WithTransaction
    public Uni<Void> archive(UUID id, Integer expectedVersion) {
        CurrentUser user = users.current();
        return buildings.findById(id)
                .map(b -> BuildingAccess.requireWritable(b, user))
                .invoke(b -> requireVersion(b.version, expectedVersion))
                .invoke(b -> {
                    b.archivedAt = OffsetDateTime.now();
                    b.updatedAt = b.archivedAt;
                })
                .replaceWithVoid();
    }

    @WithTransaction
    public Uni<BuildingView> restore(UUID id) {
        CurrentUser user = users.current();
        return buildings.findById(id)
                .map(b -> BuildingAccess.requireEditor(b, user))
                .invoke(b -> {
                    b.archivedAt = null;
                    b.updatedAt = OffsetDateTime.now();
                })
                .call(buildings::flush)
                .flatMap(b -> view(b, user));
    }

    static void requireVersion(int current, Integer expected) {
        if (expected != null && expected != current) {
            throw new ProblemException(ProblemType.PRECONDITION_FAILED,
                    Message.of("detail.inventory.someoneElseChangedMeantime", current, expected));
        }
    }

    private Uni<Building> apply(Building b, BuildingRequest r) {
        List<String> codes = r.assignedOrganisations() == null ? List.of() : r.assignedOrganisations();
        return resolveOrganisations(codes).map(assigned -> {
            BuildingRequest.DateWindow window = r.dismantlingWindow();
            if (window != null) {
                ItemRules.requirePlausible(window.from(), "dismantlingWindow.from");
                ItemRules.requirePlausible(window.to(), "dismantlingWindow.to");
            }
            if (window != null && window.from() != null && window.to() != null && window.to().isBefore(window.from())) {
                throw new ProblemException(ProblemType.VALIDATION, Message.of("inventory.window.order"),
                        List.of(Problem.FieldError.of("dismantlingWindow.to", FieldCode.BEFORE_OTHER, "field.notBefore",
                                "dismantlingWindow.from").withOther("dismantlingWindow.from")));
            }
            if (r.renovationYear() != null && r.constructionYear() != null && r.renovationYear() < r.constructionYear()) {
                throw new ProblemException(ProblemType.VALIDATION, Message.of("inventory.renovation.order"),
                        List.of(Problem.FieldError.of("renovationYear", FieldCode.BEFORE_OTHER, "field.notBefore",
                                "constructionYear").withOther("constructionYear")));
            }
            b.name = r.name().trim();
            b.streetAddress = r.address() == null ? null : blankToNull(r.address().street());
            b.postalCode = r.address() == null ? null : blankToNull(r.address().postalCode());
            b.city = r.address() == null ? null : blankToNull(r.address().city());
            b.propertyDesignation = blankToNull(r.propertyDesignation());
            b.latitude = r.position() == null ? null : r.position().lat();
            b.longitude = r.position() == null ? null : r.position().lon();
            b.constructionYear = r.constructionYear();
            b.renovationYear = r.renovationYear();
            b.dismantlingFrom = window == null ? null : window.from();
            b.dismantlingTo = window == null ? null : window.to();
            b.contactName = r.contact() == null ? null : blankToNull(r.contact().name());
            b.contactPhone = r.contact() == null ? null : blankToNull(r.contact().phone());
            b.contactEmail = r.contact() == null ? null : blankToNull(r.contact().email());
            b.notes = blankToNull(r.notes());
            b.assignedOrganisationIds.clear();
            b.assignedOrganisationIds.addAll(assigned);
            b.updatedAt = OffsetDateTime.now();
            return b;
        });
    }

    private Uni<Set<UUID>> resolveOrganisations(List<String> codes) {
        Set<String> unique = new LinkedHashSet<>(codes);
        return organisations.findByCodes(unique).map(found -> {
            Set<UUID> ids = new HashSet<>();
            List<Problem.FieldError> unknown = new ArrayList<>();
            int index = 0;
            for (String code : unique) {
                OrganisationView org = found.get(code);
                if (org == null) {
                    unknown.add(Problem.FieldError.of("assignedOrganisations[" + index + "]",
                            FieldCode.UNKNOWN_REFERENCE, "inventory.organisation.unknown", code));
                } else {
                    ids.add(org.id());
                }
                index++;
            }
            if (!unknown.isEmpty()) {
                throw new ProblemException(ProblemType.UNPROCESSABLE, unknown.size() == 1
                        ? "An assigned organisation is not registered." : "Assigned organisations are not registered.",
                        unknown);
            }
            return ids;
        });
    }

    Uni<BuildingView> view(Building b, CurrentUser user) {
        return views(List.of(b), user).map(list -> list.get(0));
    }

    private Uni<List<BuildingView>> views(List<Building> found, CurrentUser user) {
        Set<UUID> orgIds = new HashSet<>();
        found.forEach(b -> {
            orgIds.add(b.organisationId);
            orgIds.addAll(b.assignedOrganisationIds);
        });
        return organisations.findByIds(orgIds).flatMap(orgs -> items.countByBuilding(ids(found))
                .map(counts -> found.stream().map(b -> toView(b, orgs, counts, user)).toList()));
    }

    private static Collection<UUID> ids(List<Building> found) {
        return found.stream().map(b -> b.id).toList();
    }

    private static BuildingView toView(Building b, Map<UUID, OrganisationView> orgs, Map<UUID, Long> counts,
                                       CurrentUser user) {
        List<OrganisationRef> assigned = b.assignedOrganisationIds.stream()
                .map(id -> ref(orgs.get(id))).sorted((x, y) -> x.name().compareToIgnoreCase(y.name())).toList();
        return new BuildingView(b.id, ref(orgs.get(b.organisationId)), b.name,
                new BuildingRequest.Address(b.streetAddress, b.postalCode, b.city), b.propertyDesignation,
                b.latitude == null ? null : new BuildingRequest.Position(b.latitude, b.longitude),
                b.constructionYear, b.renovationYear,
                new BuildingRequest.DateWindow(b.dismantlingFrom, b.dismantlingTo),
                new BuildingRequest.Contact(b.contactName, b.contactPhone, b.contactEmail), b.notes, assigned,
                b.hazardRisk(), counts.getOrDefault(b.id, 0L), b.archived(),
                BuildingAccess.canWrite(b, user) && !b.archived(), b.version, b.createdAt, b.updatedAt);
    }

    private static OrganisationRef ref(OrganisationView org) {
        return org == null ? null : new OrganisationRef(org.id(), org.code(), org.name());
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
