package se.kretslopp.storage;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import se.kretslopp.common.FieldCode;
import se.kretslopp.common.Message;
import se.kretslopp.common.Problem;
import se.kretslopp.common.ProblemException;
import se.kretslopp.common.ProblemType;
import se.kretslopp.identity.CurrentUserService;
import se.kretslopp.identity.api.CurrentUser;
import se.kretslopp.organisation.OrganisationService;
import se.kretslopp.organisation.api.OrganisationView;
import se.kretslopp.storage.api.LocationRequest;
import se.kretslopp.storage.api.LocationView;
import se.kretslopp.storage.api.SiteRequest;
import se.kretslopp.storage.api.SiteView;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Storage sites and their locations, described by the organisation that runs them. */
@ApplicationScoped
public class SiteService {

    private final SiteRepository sites;
    private final LocationRepository locations;
    private final OrganisationService organisations;
    private final CurrentUserService users;

    SiteService(SiteRepository sites, LocationRepository locations, OrganisationService organisations,
                CurrentUserService users) {
        this.sites = sites;
        this.locations = locations;
        this.organisations = organisations;
        this.users = users;
    }

    /** The sites the caller's organisation runs, and (for contractors) those it may deliver to. */
    @WithSession
    public Uni<List<SiteView>> list() {
        CurrentUser user = users.current();
        return sites.visibleTo(user.organisation().id(), true)
                .map(found -> found.stream().filter(site -> StorageAccess.mayDeliver(site, user)).toList())
                .flatMap(found -> views(found, user));
    }

    /** Whether the signed-in person runs the site (for features built on sites: pickup hours, the day's pickups). */
    @WithSession
    public Uni<Boolean> runs(UUID siteId) {
        CurrentUser user = users.current();
        return sites.findById(siteId).map(site -> StorageAccess.manages(site, user));
    }

    @WithSession
    public Uni<SiteView> get(UUID id) {
        CurrentUser user = users.current();
        return sites.findById(id).map(site -> StorageAccess.requireVisible(site, user))
                .flatMap(site -> view(site, user));
    }

    @WithTransaction
    public Uni<SiteView> create(SiteRequest request) {
        CurrentUser user = users.current();
        if (!StorageAccess.mayRunSites(user)) {
            throw new ProblemException(ProblemType.FORBIDDEN,
                    Message.of("detail.storage.storageOperatorsAdminsCreate"));
        }
        StorageSite site = new StorageSite();
        site.id = UUID.randomUUID();
        site.organisationId = user.organisation().id();
        site.createdAt = now();
        return apply(site, request).flatMap(sites::persist).call(sites::flush).flatMap(saved -> view(saved, user));
    }

    @WithTransaction
    public Uni<SiteView> update(UUID id, Integer expectedVersion, SiteRequest request) {
        CurrentUser user = users.current();
        return sites.findById(id).map(site -> StorageAccess.requireManaged(site, user)).flatMap(site -> {
            if (expectedVersion != null && expectedVersion != site.version) {
                throw new ProblemException(ProblemType.PRECONDITION_FAILED,
                        Message.of("detail.storage.siteChangedSinceRead", site.version, expectedVersion));
            }
            site.version++;
            return apply(site, request);
        }).call(sites::flush).flatMap(saved -> view(saved, user));
    }

    @WithSession
    public Uni<List<LocationView>> locations(UUID siteId) {
        CurrentUser user = users.current();
        return sites.findById(siteId).map(site -> StorageAccess.requireVisible(site, user))
                .flatMap(site -> locations.ofSite(site.id))
                .map(found -> found.stream().map(l -> locationView(l, null)).toList());
    }

    @WithTransaction
    public Uni<LocationView> addLocation(UUID siteId, LocationRequest request) {
        CurrentUser user = users.current();
        return sites.findById(siteId).map(site -> StorageAccess.requireManaged(site, user))
                .flatMap(site -> requireFreeCode(site.id, null, request.code()).map(v -> {
                    StorageLocation location = new StorageLocation();
                    location.id = UUID.randomUUID();
                    location.siteId = site.id;
                    location.createdAt = now();
                    apply(location, request);
                    return location;
                }))
                .flatMap(locations::persist).call(locations::flush)
                .map(saved -> locationView(saved, null));
    }

    @WithTransaction
    public Uni<LocationView> updateLocation(UUID id, Integer expectedVersion, LocationRequest request) {
        CurrentUser user = users.current();
        return managedLocation(id, user).flatMap(location -> {
            if (expectedVersion != null && expectedVersion != location.version) {
                throw new ProblemException(ProblemType.PRECONDITION_FAILED,
                        Message.of("detail.storage.locationChangedSinceRead"));
            }
            return requireFreeCode(location.siteId, location.id, request.code()).map(v -> {
                apply(location, request);
                location.version++;
                return location;
            });
        }).call(locations::flush).map(saved -> locationView(saved, null));
    }

    /** A location of a site the caller manages; 404 otherwise. */
    Uni<StorageLocation> managedLocation(UUID id, CurrentUser user) {
        return locations.findById(id).onItem().ifNull().failWith(StorageAccess::locationNotFound)
                .flatMap(location -> sites.findById(location.siteId).map(site -> {
                    if (!StorageAccess.manages(site, user)) {
                        throw StorageAccess.locationNotFound();
                    }
                    return location;
                }));
    }

    static LocationView locationView(StorageLocation l, List<se.kretslopp.storage.api.LotSummary> lots) {
        return new LocationView(l.id, l.siteId, l.code, l.kind, l.description, l.floorCapacityM2, l.palletCapacity,
                l.version, lots);
    }

    private Uni<Void> requireFreeCode(UUID siteId, UUID except, String code) {
        String normalised = code.toUpperCase(Locale.ROOT);
        return locations.count("siteId = ?1 and code = ?2 and id <> ?3", siteId, normalised,
                except == null ? new UUID(0, 0) : except).map(n -> {
            if (n > 0) {
                throw new ProblemException(ProblemType.CONFLICT,
                        Message.of("detail.storage.siteAlreadyLocation", normalised),
                        List.of(Problem.FieldError.of("code", FieldCode.TAKEN, "storage.location.taken")));
            }
            return null;
        });
    }

    private Uni<StorageSite> apply(StorageSite site, SiteRequest r) {
        if ((r.latitude() == null) != (r.longitude() == null)) {
            throw new ProblemException(ProblemType.VALIDATION, Message.of("detail.coordinates.together"),
                    List.of(Problem.FieldError.of(r.latitude() == null ? "latitude" : "longitude",
                            FieldCode.REQUIRED_TOGETHER, "field.coordinates.together")
                            .withOther(r.latitude() == null ? "longitude" : "latitude")));
        }
        Set<UUID> deliverers = r.deliverers() == null ? Set.of() : new LinkedHashSet<>(r.deliverers());
        return organisations.findByIds(deliverers).map(found -> {
            for (UUID id : deliverers) {
                if (!found.containsKey(id)) {
                    throw new ProblemException(ProblemType.UNPROCESSABLE,
                            Message.of("detail.storage.unknownOrganisation", id),
                            List.of(Problem.FieldError.of("deliverers", FieldCode.UNKNOWN_REFERENCE,
                                    "storage.deliverers.unknown")));
                }
            }
            site.name = r.name().strip();
            site.streetAddress = r.address() == null ? null : blankToNull(r.address().street());
            site.postalCode = r.address() == null ? null : blankToNull(r.address().postalCode());
            site.city = r.address() == null ? null : blankToNull(r.address().city());
            site.latitude = r.latitude();
            site.longitude = r.longitude();
            site.openingHours = blankToNull(r.openingHours());
            site.floorCapacityM2 = r.floorCapacityM2();
            site.palletCapacity = r.palletCapacity();
            site.ageAlertDays = r.ageAlertDays() == null ? 180 : r.ageAlertDays();
            site.deliverers.clear();
            site.deliverers.addAll(deliverers);
            site.updatedAt = now();
            return site;
        });
    }

    private static void apply(StorageLocation location, LocationRequest r) {
        location.code = r.code().toUpperCase(Locale.ROOT);
        location.kind = r.kind();
        location.description = blankToNull(r.description());
        location.floorCapacityM2 = r.floorCapacityM2();
        location.palletCapacity = r.palletCapacity();
        location.updatedAt = now();
    }

    private Uni<SiteView> view(StorageSite site, CurrentUser user) {
        return views(List.of(site), user).map(list -> list.get(0));
    }

    private Uni<List<SiteView>> views(List<StorageSite> found, CurrentUser user) {
        Set<UUID> orgIds = new HashSet<>();
        found.forEach(s -> {
            orgIds.add(s.organisationId);
            orgIds.addAll(s.deliverers);
        });
        return organisations.findByIds(orgIds).map(orgs -> found.stream().map(s -> new SiteView(s.id,
                ref(orgs, s.organisationId), s.name, new SiteRequest.Address(s.streetAddress, s.postalCode, s.city),
                s.latitude, s.longitude, s.openingHours, s.floorCapacityM2, s.palletCapacity, s.ageAlertDays,
                s.deliverers.stream().map(id -> ref(orgs, id)).sorted(Comparator.comparing(SiteView.OrganisationRef::name))
                        .toList(),
                StorageAccess.manages(s, user), s.version, s.createdAt, s.updatedAt)).toList());
    }

    static SiteView.OrganisationRef ref(Map<UUID, OrganisationView> orgs, UUID id) {
        OrganisationView org = id == null ? null : orgs.get(id);
        return org == null ? null : new SiteView.OrganisationRef(org.id(), org.code(), org.name());
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
