package se.kretslopp.climate;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import se.kretslopp.category.CategoryService;
import se.kretslopp.category.api.CategoryRequest;
import se.kretslopp.category.api.CategoryView;
import se.kretslopp.climate.api.ClimateProduct;
import se.kretslopp.climate.api.CoverageReport;
import se.kretslopp.climate.api.DatasetView;
import se.kretslopp.climate.api.EstimateRequest;
import se.kretslopp.climate.api.FactorsView;
import se.kretslopp.climate.api.MappingRequest;
import se.kretslopp.climate.api.MaterialMapping;
import se.kretslopp.climate.api.MaterialMappingRequest;
import se.kretslopp.climate.api.MappingView;
import se.kretslopp.climate.api.Savings;
import se.kretslopp.common.FieldCode;
import se.kretslopp.common.Message;
import se.kretslopp.common.Problem;
import se.kretslopp.common.ProblemException;
import se.kretslopp.common.ProblemType;
import se.kretslopp.identity.CurrentUserService;
import se.kretslopp.inventory.InventoryItemService;
import se.kretslopp.inventory.api.ItemView;
import se.kretslopp.listing.ListingService;
import se.kretslopp.listing.api.ListingView;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.PatternSyntaxException;

/**
 * Counting the climate benefit the way Boverket counts it: the method's data, the category mapping, estimates,
 * the potential savings of listings and inventory items, and the figures frozen at each handover.
 */
@ApplicationScoped
public class ClimateService {

    private final ClimateData data;
    private final CategoryService categories;
    private final ListingService listings;
    private final InventoryItemService items;
    private final CurrentUserService users;
    private final HandoverFigures handovers;

    ClimateService(ClimateData data, CategoryService categories, ListingService listings, InventoryItemService items,
                   CurrentUserService users, HandoverFigures handovers) {
        this.data = data;
        this.categories = categories;
        this.listings = listings;
        this.items = items;
        this.users = users;
        this.handovers = handovers;
    }

    public Uni<FactorsView> factors() {
        return data.active().flatMap(active -> data.datasets().flatMap(all -> data.routes().map(routes ->
                new FactorsView(active.source(), all, active.reuseA4(), List.copyOf(active.products().values()),
                        routes.materials().stream().filter(m -> m.resourceId() != null)
                                .map(m -> new FactorsView.MaterialRuleView(m.rank(), m.pattern(), m.resourceId(),
                                        m.note())).toList()))));
    }

    public Uni<List<DatasetView>> datasets() {
        return data.datasets();
    }

    /** Imports a file of Boverket's climate database (admins). */
    public Uni<DatasetView> importDataset(String fileName, byte[] bytes, String version, LocalDate publishedOn,
                                          boolean activate) {
        return data.importFile(fileName, bytes, version, publishedOn, users.current().username(), activate);
    }

    /** Makes an imported version the one in use for estimates and new handovers (admins). */
    public Uni<DatasetView> activate(String version) {
        return data.activate(version).flatMap(found -> {
            if (!found) {
                throw new ProblemException(ProblemType.NOT_FOUND,
                        Message.of("detail.climate.versionImported", version));
            }
            return data.datasets().map(all -> all.stream().filter(d -> d.version().equals(version)).findFirst()
                    .orElseThrow());
        });
    }

    public Uni<List<MappingView>> mappings() {
        return data.active().flatMap(active -> data.routes().flatMap(routes -> categories.all().map(all -> {
            List<MappingView> views = new ArrayList<>();
            all.values().forEach(c -> views.add(mapping(c, active, routes)));
            return views;
        })));
    }

    public Uni<MappingView> mapping(UUID categoryId) {
        return data.active().flatMap(active -> data.routes().flatMap(routes -> category(categoryId)
                .map(c -> mapping(c, active, routes))));
    }

    /**
     * Sets a category's product for a material, and a construction where given (admins): the product must exist,
     * per kg, in the version in use, the material must be one the mapping knows.
     */
    public Uni<MappingView> setMaterialMapping(UUID categoryId, String material, MaterialMappingRequest request) {
        String construction = request.construction() == null || request.construction().isBlank() ? null
                : request.construction().trim();
        if (construction != null) {
            try {
                ProductRoutes.wordStart(construction);
            } catch (PatternSyntaxException e) {
                Problem.FieldError error = Problem.FieldError.of("construction", FieldCode.PATTERN,
                        "climate.construction.invalid");
                throw new ProblemException(ProblemType.UNPROCESSABLE,
                        Message.of("detail.field", "construction", error.text()), List.of(error));
            }
        }
        return data.active().flatMap(active -> data.routes().flatMap(routes -> category(categoryId).flatMap(c -> {
            knownMaterial(routes, material);
            if (!perKg(active.products().get(request.boverketId()))) {
                throw unknownProduct(active, request.boverketId());
            }
            return data.putMaterialMapping(c.id(), material, construction, request.boverketId(),
                    Boolean.TRUE.equals(request.estimate()), request.note() == null || request.note().isBlank()
                            ? null : request.note().trim());
        }))).flatMap(done -> mapping(categoryId));
    }

    /** Removes a category's product for a material (and construction) (admins); 404 when there is none. */
    public Uni<MappingView> deleteMaterialMapping(UUID categoryId, String material, String construction) {
        String c = construction == null || construction.isBlank() ? null : construction.trim();
        return data.routes().flatMap(routes -> category(categoryId).flatMap(category -> {
            knownMaterial(routes, material);
            return data.deleteMaterialMapping(category.id(), material, c);
        })).flatMap(found -> {
            if (!found) {
                throw new ProblemException(ProblemType.NOT_FOUND,
                        Message.of("detail.climate.materialMappingMissing", material));
            }
            return mapping(categoryId);
        });
    }

    /**
     * The mapping's coverage: every category without a material and with each of its common materials (or every
     * material the mapping knows), the product it gives, by which route, and the pairs without any.
     */
    public Uni<CoverageReport> coverage(boolean everyMaterial) {
        return data.active().flatMap(active -> data.routes().flatMap(routes -> categories.tree().flatMap(tree ->
                categories.all().map(all -> MappingCoverage.report(routes, tree, all, active, everyMaterial)))));
    }

    /** Changes which product a category maps to (admins); the product must exist in the version in use. */
    public Uni<MappingView> setMapping(UUID categoryId, MappingRequest request) {
        return data.active().flatMap(active -> category(categoryId).flatMap(c -> {
            if (request.boverketId() != null && !perKg(active.products().get(request.boverketId()))) {
                throw unknownProduct(active, request.boverketId());
            }
            return categories.update(c.id(), new CategoryRequest(c.parentId(), c.code(), c.nameSv(), c.nameEn(),
                    request.boverketId(), c.sortOrder()));
        })).flatMap(updated -> mapping(updated.id()));
    }

    public Uni<Savings> estimate(EstimateRequest request) {
        Uni<UUID> categoryId = request.categoryId() == null ? Uni.createFrom().nullItem()
                : category(request.categoryId()).map(CategoryView::id).onFailure(ProblemException.class)
                .transform(e -> new ProblemException(ProblemType.UNPROCESSABLE, Message.of("detail.category.unknown"),
                        List.of(Problem.FieldError.of("categoryId", FieldCode.UNKNOWN_REFERENCE,
                                "field.category.unknown"))));
        EstimateRequest.Dimensions d = request.dimensions();
        ClimateCalculator.Item item = new ClimateCalculator.Item(request.quantity(), request.unit().name(),
                d == null ? null : d.lengthMm(), d == null ? null : d.widthMm(), d == null ? null : d.heightMm(),
                request.weightPerUnitKg(), request.refurbishmentKgCo2e());
        return categoryId.flatMap(id -> compute(id, request.material(), item));
    }

    /** The potential saving of reusing everything a listing offers (for whoever may read the listing). */
    public Uni<Savings> listingSavings(UUID listingId) {
        return listings.get(listingId).flatMap(l -> category(l.category().id()).flatMap(c -> {
            var d = l.dimensions();
            return compute(c.id(), l.material(), new ClimateCalculator.Item(l.quantity(), l.unit().name(),
                    d == null ? null : d.lengthMm(), d == null ? null : d.widthMm(), d == null ? null : d.heightMm(),
                    l.weightPerUnitKg(), null));
        }));
    }

    /** The potential saving of reusing an inventory item (for whoever may read its building). */
    public Uni<Savings> itemSavings(UUID itemId) {
        return items.get(itemId).flatMap(i -> category(i.category().id()).flatMap(c -> {
            var d = i.dimensions();
            return compute(c.id(), i.material(), new ClimateCalculator.Item(i.quantity(), i.unit().name(),
                    d == null ? null : d.lengthMm(), d == null ? null : d.widthMm(), d == null ? null : d.heightMm(),
                    i.weightPerUnitKg(), null));
        }));
    }

    /**
     * The climate data a handover's figures are computed from: the version in use, its factors, the mapping and
     * the categories. A handover reads it before its transaction opens, so that the transaction needs no second
     * connection (one held while waiting for another starves the pool under load). Empty when no version is loaded.
     */
    public static final class HandoverData {
        private final ClimateData.Active active;
        private final ProductRoutes routes;
        private final Map<UUID, CategoryView> categories;

        private HandoverData(ClimateData.Active active, ProductRoutes routes, Map<UUID, CategoryView> categories) {
            this.active = active;
            this.routes = routes;
            this.categories = categories;
        }
    }

    public Uni<HandoverData> handoverData() {
        return data.active().flatMap(active -> data.routes().flatMap(routes -> data.categories()
                        .map(all -> new HandoverData(active, routes, all))))
                .onFailure(ProblemException.class).recoverWithItem(new HandoverData(null, null, Map.of()));
    }

    /**
     * Freezes the climate figures of the handover of a reservation, in the caller's transaction (the handover's):
     * the version in use and its factors today, so that later data updates do not rewrite history.
     */
    public Uni<Void> realise(UUID reservationId, HandoverData handoverData) {
        // Without a loaded version the handover still goes through; the figures are frozen at the next start.
        HandoverFigures.Computer computer = (categoryId, material, item) -> handoverData.active == null
                ? Uni.createFrom().nullItem()
                : Uni.createFrom().item(() -> savings(categoryId, material, item, handoverData.active,
                        handoverData.routes, handoverData.categories))
                .onFailure(ProblemException.class).recoverWithNull();
        return Panache.getSession().flatMap(session -> handovers.realise(session, reservationId, computer));
    }

    /** Freezes the figures of every handover that has none yet (handovers from before this feature, demo data). */
    Uni<Integer> realiseMissing() {
        return handovers.realiseMissing(this::compute);
    }

    /** The saving of reusing an item of a category (null: none) and material, by the mapping in use. */
    Uni<Savings> compute(UUID categoryId, String material, ClimateCalculator.Item item) {
        return data.active().flatMap(active -> data.routes().flatMap(routes -> data.categories().map(all ->
                savings(categoryId, material, item, active, routes, all))));
    }

    private static Savings savings(UUID categoryId, String material, ClimateCalculator.Item item,
                                   ClimateData.Active active, ProductRoutes routes, Map<UUID, CategoryView> all) {
        return ClimateCalculator.savings(item, routes.choose(categoryId, material, all, active.products(),
                active.dataset().version()), active.reuseA4(), active.source());
    }

    /** Only products whose figures are per kg can be multiplied by a mass. */
    private static boolean perKg(ClimateProduct product) {
        return product != null && "kg".equals(product.inventoryUnit());
    }

    private Uni<CategoryView> category(UUID id) {
        return categories.all().map(all -> {
            CategoryView c = all.get(id);
            if (c == null) {
                throw new ProblemException(ProblemType.NOT_FOUND, Message.of("notFound.category"));
            }
            return c;
        });
    }

    private static MappingView mapping(CategoryView c, ClimateData.Active active, ProductRoutes routes) {
        ClimateProduct product = c.boverketId() == null ? null : active.products().get(c.boverketId());
        List<MaterialMapping> materials = routes.rows(c.id()).stream().map(r -> new MaterialMapping(r.material(),
                r.construction(), r.resourceId(), active.products().get(r.resourceId()), r.estimate(), r.note()))
                .toList();
        return new MappingView(c.id(), c.parentId(), c.code(), c.nameSv(), c.nameEn(), c.boverketId(), product,
                active.source(), materials);
    }

    private static void knownMaterial(ProductRoutes routes, String material) {
        if (routes.material(material).isEmpty()) {
            throw new ProblemException(ProblemType.NOT_FOUND, Message.of("detail.climate.materialUnknown", material));
        }
    }

    private static ProblemException unknownProduct(ClimateData.Active active, String boverketId) {
        return new ProblemException(ProblemType.UNPROCESSABLE,
                Message.of("detail.climate.boverketSClimateDatabase", active.dataset().version(), boverketId),
                List.of(Problem.FieldError.of("boverketId", FieldCode.UNKNOWN_REFERENCE, "climate.product.unknown")));
    }
}
