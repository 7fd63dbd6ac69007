package se.kretslopp.climate;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import se.kretslopp.category.CategoryService;
import se.kretslopp.category.api.CategoryRequest;
import se.kretslopp.category.api.CategoryView;
import se.kretslopp.climate.api.ClimateProduct;
import se.kretslopp.climate.api.DatasetView;
import se.kretslopp.climate.api.EstimateRequest;
import se.kretslopp.climate.api.FactorsView;
import se.kretslopp.climate.api.MappingRequest;
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
import java.util.UUID;

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
        return data.active().flatMap(active -> data.datasets().flatMap(all -> data.rules().map(rules ->
                new FactorsView(active.source(), all, active.reuseA4(), List.copyOf(active.products().values()),
                        rules.stream().map(r -> new FactorsView.MaterialRuleView(r.rank(), r.words(),
                                r.resourceId(), r.note())).toList()))));
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
        return data.active().flatMap(active -> categories.all().map(all -> {
            List<MappingView> views = new ArrayList<>();
            all.values().forEach(c -> views.add(mapping(c, active)));
            return views;
        }));
    }

    public Uni<MappingView> mapping(UUID categoryId) {
        return data.active().flatMap(active -> category(categoryId).map(c -> mapping(c, active)));
    }

    /** Changes which product a category maps to (admins); the product must exist in the version in use. */
    public Uni<MappingView> setMapping(UUID categoryId, MappingRequest request) {
        return data.active().flatMap(active -> category(categoryId).flatMap(c -> {
            if (request.boverketId() != null && !perKg(active.products().get(request.boverketId()))) {
                throw new ProblemException(ProblemType.UNPROCESSABLE,
                        Message.of("detail.climate.boverketSClimateDatabase", active.dataset().version(),
                                request.boverketId()),
                        List.of(Problem.FieldError.of("boverketId", FieldCode.UNKNOWN_REFERENCE,
                                "climate.product.unknown")));
            }
            return categories.update(c.id(), new CategoryRequest(c.parentId(), c.code(), c.nameSv(), c.nameEn(),
                    request.boverketId(), c.sortOrder())).map(updated -> mapping(updated, active));
        }));
    }

    public Uni<Savings> estimate(EstimateRequest request) {
        Uni<String> boverketId = request.categoryId() == null ? Uni.createFrom().nullItem()
                : category(request.categoryId()).map(CategoryView::boverketId).onFailure(ProblemException.class)
                .transform(e -> new ProblemException(ProblemType.UNPROCESSABLE, Message.of("detail.category.unknown"),
                        List.of(Problem.FieldError.of("categoryId", FieldCode.UNKNOWN_REFERENCE,
                                "field.category.unknown"))));
        EstimateRequest.Dimensions d = request.dimensions();
        ClimateCalculator.Item item = new ClimateCalculator.Item(request.quantity(), request.unit().name(),
                d == null ? null : d.lengthMm(), d == null ? null : d.widthMm(), d == null ? null : d.heightMm(),
                request.weightPerUnitKg(), request.refurbishmentKgCo2e());
        return boverketId.flatMap(id -> compute(id, request.material(), item));
    }

    /** The potential saving of reusing everything a listing offers (for whoever may read the listing). */
    public Uni<Savings> listingSavings(UUID listingId) {
        return listings.get(listingId).flatMap(l -> category(l.category().id()).flatMap(c -> {
            var d = l.dimensions();
            return compute(c.boverketId(), l.material(), new ClimateCalculator.Item(l.quantity(), l.unit().name(),
                    d == null ? null : d.lengthMm(), d == null ? null : d.widthMm(), d == null ? null : d.heightMm(),
                    l.weightPerUnitKg(), null));
        }));
    }

    /** The potential saving of reusing an inventory item (for whoever may read its building). */
    public Uni<Savings> itemSavings(UUID itemId) {
        return items.get(itemId).flatMap(i -> category(i.category().id()).flatMap(c -> {
            var d = i.dimensions();
            return compute(c.boverketId(), i.material(), new ClimateCalculator.Item(i.quantity(), i.unit().name(),
                    d == null ? null : d.lengthMm(), d == null ? null : d.widthMm(), d == null ? null : d.heightMm(),
                    i.weightPerUnitKg(), null));
        }));
    }

    /**
     * The climate data a handover's figures are computed from: the version in use, its factors and the material
     * rules. A handover reads it before its transaction opens, so that the transaction needs no second connection
     * (one held while waiting for another starves the pool under load). Empty when no version is loaded.
     */
    public static final class HandoverData {
        private final ClimateData.Active active;
        private final List<ClimateData.MaterialRule> rules;

        private HandoverData(ClimateData.Active active, List<ClimateData.MaterialRule> rules) {
            this.active = active;
            this.rules = rules;
        }
    }

    public Uni<HandoverData> handoverData() {
        return data.active().flatMap(active -> data.rules().map(rules -> new HandoverData(active, rules)))
                .onFailure(ProblemException.class).recoverWithItem(new HandoverData(null, List.of()));
    }

    /**
     * Freezes the climate figures of the handover of a reservation, in the caller's transaction (the handover's):
     * the version in use and its factors today, so that later data updates do not rewrite history.
     */
    public Uni<Void> realise(UUID reservationId, HandoverData handoverData) {
        // Without a loaded version the handover still goes through; the figures are frozen at the next start.
        HandoverFigures.Computer computer = (id, material, item) -> handoverData.active == null
                ? Uni.createFrom().nullItem()
                : Uni.createFrom().item(() -> savings(id, material, item, handoverData.active, handoverData.rules))
                .onFailure(ProblemException.class).recoverWithNull();
        return Panache.getSession().flatMap(session -> handovers.realise(session, reservationId, computer));
    }

    /** Freezes the figures of every handover that has none yet (handovers from before this feature, demo data). */
    Uni<Integer> realiseMissing() {
        return handovers.realiseMissing(this::compute);
    }

    Uni<Savings> compute(String boverketId, String material, ClimateCalculator.Item item) {
        return data.active().flatMap(active -> data.rules().map(rules ->
                savings(boverketId, material, item, active, rules)));
    }

    private static Savings savings(String boverketId, String material, ClimateCalculator.Item item,
                                   ClimateData.Active active, List<ClimateData.MaterialRule> rules) {
        return ClimateCalculator.savings(item, choose(boverketId, material, active, rules), active.reuseA4(),
                active.source());
    }

    private static ClimateCalculator.Choice choose(String boverketId, String material, ClimateData.Active active,
                                                   List<ClimateData.MaterialRule> rules) {
        if (boverketId != null && perKg(active.products().get(boverketId))) {
            return new ClimateCalculator.Choice(active.products().get(boverketId), Savings.Basis.PRODUCT, null, null);
        }
        if (material != null && !material.isBlank()) {
            for (ClimateData.MaterialRule rule : rules) {
                ClimateProduct stand = active.products().get(rule.resourceId());
                if (stand != null && rule.pattern().matcher(material).find()) {
                    return new ClimateCalculator.Choice(stand, Savings.Basis.MATERIAL_ESTIMATE, rule.note(), null);
                }
            }
        }
        String why = boverketId != null
                ? "Product " + boverketId + " is not in version " + active.dataset().version() + ", and "
                : "The category has no Boverket product, and ";
        return new ClimateCalculator.Choice(null, Savings.Basis.NONE, null, why + (material == null || material.isBlank()
                ? "no material is given to estimate from." : "no material rule knows '" + material + "'."));
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

    private static MappingView mapping(CategoryView c, ClimateData.Active active) {
        ClimateProduct product = c.boverketId() == null ? null : active.products().get(c.boverketId());
        return new MappingView(c.id(), c.parentId(), c.code(), c.nameSv(), c.nameEn(), c.boverketId(), product,
                active.source());
    }
}
