package se.kretslopp.climate;

import se.kretslopp.category.api.CategoryView;
import se.kretslopp.climate.api.ClimateProduct;
import se.kretslopp.climate.api.Savings;
import se.kretslopp.climate.api.Savings.Route;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Category × material → Boverket product (tables climate_material, climate_product_material,
 * climate_category_product, V19): which product an item replaces, by which route, and why. Pure: the tables, the
 * categories and the products of a version are given, so that an estimate, a listing, a handover and the coverage
 * report choose alike, and the rules can be tested without a database.
 *
 * <p>The routes, best first: the category's product for the item's material (a row whose construction pattern is
 * also found in the material text wins over the row without one); the category's own product when no material is
 * given, the material is not recognised, or the product is of that material; then, always marked as estimates, the
 * parent category's product for the material, the parent's own product, the material's stand-in product, and the
 * category's product of another material; otherwise none.
 */
final class ProductRoutes {

    /** A material the service recognises in free text, with its stand-in product. */
    record Material(String code, int rank, String pattern, String nameSv, String nameEn, String resourceId,
                    String note, Pattern regex) {

        Material(String code, int rank, String pattern, String nameSv, String nameEn, String resourceId, String note) {
            this(code, rank, pattern, nameSv, nameEn, resourceId, note, wordStart(pattern));
        }
    }

    /** A category's product for a material (and a construction, when set). */
    record Row(UUID id, UUID categoryId, String material, String construction, String resourceId, boolean estimate,
               String note, Pattern constructionRegex) {

        Row(UUID id, UUID categoryId, String material, String construction, String resourceId, boolean estimate,
            String note) {
            this(id, categoryId, material, construction, resourceId, estimate, note,
                    construction == null ? null : wordStart(construction));
        }
    }

    private final List<Material> materials;
    private final Map<String, String> productMaterials;
    private final Map<UUID, List<Row>> rows;
    private final Map<UUID, Set<String>> common;

    /**
     * @param materials        the vocabulary, in rank order
     * @param productMaterials resource id → material code, for products whose name does not say
     * @param rows             category id → its rows
     * @param common           category id → its common materials (a kind without any has its group's)
     */
    ProductRoutes(List<Material> materials, Map<String, String> productMaterials, Map<UUID, List<Row>> rows,
                  Map<UUID, Set<String>> common) {
        this.materials = List.copyOf(materials);
        this.productMaterials = Map.copyOf(productMaterials);
        this.rows = Map.copyOf(rows);
        this.common = Map.copyOf(common);
    }

    static Pattern wordStart(String pattern) {
        return Pattern.compile("(^|[^\\p{L}])(" + pattern + ")", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    List<Material> materials() {
        return materials;
    }

    Optional<Material> material(String code) {
        return materials.stream().filter(m -> m.code().equals(code)).findFirst();
    }

    List<Row> rows(UUID categoryId) {
        return rows.getOrDefault(categoryId, List.of());
    }

    /** The materials a category's items are commonly made of: its own list, else its group's. */
    Set<String> common(CategoryView category) {
        Set<String> own = common.get(category.id());
        if ((own == null || own.isEmpty()) && category.parentId() != null) {
            own = common.get(category.parentId());
        }
        return own == null ? Set.of() : own;
    }

    /** The first material (by rank) whose pattern starts a word of the text. */
    Optional<Material> recognise(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        return materials.stream().filter(m -> m.regex().matcher(text).find()).findFirst();
    }

    /** What a product is made of: as listed, else read from its Swedish name; empty when neither tells. */
    Optional<String> materialOf(ClimateProduct product) {
        String listed = productMaterials.get(product.resourceId());
        return listed != null ? Optional.of(listed) : recognise(product.nameSv()).map(Material::code);
    }

    /**
     * The product an item of the category (null: none given) and material text replaces, by the best route.
     *
     * @param categories every category by id (for the parent and the category's own product)
     * @param products   the products of the version in use
     */
    ClimateCalculator.Choice choose(UUID categoryId, String materialText, Map<UUID, CategoryView> categories,
                                    Map<String, ClimateProduct> products, String version) {
        return choose(categoryId, recognise(materialText), materialText, categories, products, version);
    }

    /** As {@link #choose(UUID, String, Map, Map, String)}, with the material already known (the coverage report). */
    ClimateCalculator.Choice choose(UUID categoryId, Optional<Material> material, String materialText,
                                    Map<UUID, CategoryView> categories, Map<String, ClimateProduct> products,
                                    String version) {
        CategoryView category = categoryId == null ? null : categories.get(categoryId);
        CategoryView parent = category == null || category.parentId() == null ? null
                : categories.get(category.parentId());
        String text = materialText == null ? "" : materialText;
        List<String> misses = new ArrayList<>();

        if (category != null && material.isPresent()) {
            Optional<Row> row = row(category.id(), material.get().code(), text);
            if (row.isPresent()) {
                ClimateProduct p = usable(products, row.get().resourceId(), version, misses);
                if (p != null) {
                    String why = "The category " + category.code() + " maps " + material.get().code()
                            + (row.get().construction() == null ? "" : " (" + row.get().construction() + ")")
                            + " to " + p.resourceId() + (row.get().note() == null ? "." : ": " + row.get().note());
                    return choice(p, row.get().estimate(), row.get().note(), Route.CATEGORY_MATERIAL, why);
                }
            }
        }
        if (category != null && category.boverketId() != null) {
            ClimateProduct p = usable(products, category.boverketId(), version, misses);
            if (p != null) {
                Optional<String> made = materialOf(p);
                if (material.isEmpty() || made.isEmpty() || made.get().equals(material.get().code())) {
                    String why = "The category " + category.code() + "'s product" + (material.isPresent()
                            ? (made.isPresent() ? ", of the item's material." : "; its material is not recorded.")
                            : blank(materialText) ? "; no material given." : "; the material '" + materialText
                            + "' is not one the mapping knows.");
                    return choice(p, false, null, Route.CATEGORY, why);
                }
            }
        }
        String unmatched = category == null ? "No category is given"
                : "The category " + category.code() + " has no product for "
                + material.map(Material::code).orElse("items without a known material");
        if (parent != null && material.isPresent()) {
            Optional<Row> row = row(parent.id(), material.get().code(), text);
            if (row.isPresent()) {
                ClimateProduct p = usable(products, row.get().resourceId(), version, misses);
                if (p != null) {
                    return choice(p, true, row.get().note(), Route.PARENT_MATERIAL, unmatched + ": the parent "
                            + parent.code() + "'s product for " + material.get().code() + ", an estimate.");
                }
            }
        }
        if (parent != null && parent.boverketId() != null && material.isEmpty()) {
            ClimateProduct p = usable(products, parent.boverketId(), version, misses);
            if (p != null) {
                return choice(p, true, null, Route.PARENT, unmatched + ": the parent " + parent.code()
                        + "'s product, an estimate.");
            }
        }
        if (material.isPresent() && material.get().resourceId() != null) {
            ClimateProduct p = usable(products, material.get().resourceId(), version, misses);
            if (p != null) {
                return choice(p, true, material.get().note(), Route.MATERIAL, unmatched + ": the stand-in product"
                        + " for " + material.get().code() + ", an estimate.");
            }
        }
        if (category != null && category.boverketId() != null) {
            ClimateProduct p = usable(products, category.boverketId(), version, misses);
            if (p != null) {
                return choice(p, true, null, Route.CATEGORY_OTHER_MATERIAL, unmatched + ": the category's own "
                        + "product, made of " + materialOf(p).orElse("another material") + ", an estimate.");
            }
        }
        String why = (category == null ? "No category is given" : "The category " + category.code()
                + (category.boverketId() == null ? " has no Boverket product" : " has no usable product"))
                + (blank(materialText) ? ", and no material is given to estimate from."
                : material.isEmpty() ? ", and no material rule knows '" + materialText + "'."
                : ", and the material " + material.get().code() + " has none either.")
                + (misses.isEmpty() ? "" : " " + String.join(" ", misses));
        return new ClimateCalculator.Choice(null, Savings.Basis.NONE, null, why, Route.NONE, why);
    }

    private Optional<Row> row(UUID categoryId, String material, String text) {
        Row plain = null;
        for (Row r : rows(categoryId)) {
            if (!r.material().equals(material)) {
                continue;
            }
            if (r.constructionRegex() == null) {
                plain = r;
            } else if (r.constructionRegex().matcher(text).find()) {
                return Optional.of(r);
            }
        }
        return Optional.ofNullable(plain);
    }

    private static ClimateProduct usable(Map<String, ClimateProduct> products, String resourceId, String version,
                                         List<String> misses) {
        ClimateProduct p = products.get(resourceId);
        if (p != null && "kg".equals(p.inventoryUnit())) {
            return p;
        }
        misses.add("Product " + resourceId + (p == null ? " is not in version " + version + "."
                : " is not counted per kg."));
        return null;
    }

    private static ClimateCalculator.Choice choice(ClimateProduct p, boolean estimate, String note, Route route,
                                                   String why) {
        return new ClimateCalculator.Choice(p, estimate ? Savings.Basis.MATERIAL_ESTIMATE : Savings.Basis.PRODUCT,
                note, null, route, why);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
