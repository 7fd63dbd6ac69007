package se.kretslopp.climate;

import se.kretslopp.common.Message;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import se.kretslopp.category.api.CategoryView;
import se.kretslopp.climate.api.ClimateProduct;
import se.kretslopp.climate.api.ClimateSource;
import se.kretslopp.climate.api.DatasetView;
import se.kretslopp.common.FieldCode;
import se.kretslopp.common.ProblemException;
import se.kretslopp.common.ProblemType;

import java.math.BigDecimal;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;

/**
 * Boverket's climate database in PostgreSQL: every imported version is kept (figures of a version never change,
 * so they are cached by version), the version in use is the configured one or else the newest, and the mapping
 * of categories and materials to products (V19).
 */
@ApplicationScoped
class ClimateData {

    static final String SOURCE = "Boverkets klimatdatabas";
    static final String REUSED_PRODUCT = "6000000174";
    /** Boverket's A4 of a reused construction product, should a version lack the product. */
    static final BigDecimal REUSE_A4_FALLBACK = new BigDecimal("0.0042");

    private final Pool pool;
    private final ClimateConfig config;
    private final Map<String, Map<String, ClimateProduct>> byVersion = new ConcurrentHashMap<>();
    private volatile Routes routes;

    ClimateData(Pool pool, ClimateConfig config) {
        this.pool = pool;
        this.config = config;
    }

    /** The version in use and its products. */
    record Active(DatasetView dataset, Map<String, ClimateProduct> products) {

        ClimateSource source() {
            return new ClimateSource(dataset.source(), dataset.version(), dataset.publishedOn());
        }

        BigDecimal reuseA4() {
            ClimateProduct reused = products.get(REUSED_PRODUCT);
            return reused == null ? REUSE_A4_FALLBACK : reused.a4();
        }
    }

    Uni<List<DatasetView>> datasets() {
        return pool.query("select * from climate_dataset order by version desc").execute().map(rows -> {
            List<DatasetView> all = new ArrayList<>();
            String activated = null;
            OffsetDateTime last = null;
            for (Row r : rows) {
                all.add(dataset(r, false));
                OffsetDateTime at = r.getOffsetDateTime("activated_at");
                if (at != null && (last == null || at.isAfter(last))) {
                    last = at;
                    activated = r.getString("version");
                }
            }
            String active = activeVersion(all, activated);
            return all.stream().map(d -> d.version().equals(active) ? withActive(d) : d).toList();
        });
    }

    Uni<Active> active() {
        return datasets().flatMap(all -> {
            DatasetView active = all.stream().filter(DatasetView::active).findFirst().orElseThrow(() ->
                    new ProblemException(ProblemType.SERVICE_UNAVAILABLE,
                            Message.of("detail.climate.versionBoverketSClimate",
                                    config.version().<Object>map(v -> Message.of("detail.climate.configured",
                                    v)).orElse(""))));
            return products(active.version()).map(products -> new Active(active, products));
        });
    }

    Uni<Map<String, ClimateProduct>> products(String version) {
        Map<String, ClimateProduct> cached = byVersion.get(version);
        if (cached != null) {
            return Uni.createFrom().item(cached);
        }
        return pool.preparedQuery("select * from climate_factor where version = $1 order by resource_id")
                .execute(Tuple.of(version)).map(rows -> {
                    Map<String, ClimateProduct> products = new LinkedHashMap<>();
                    rows.forEach(r -> products.put(r.getString("resource_id"), product(r)));
                    if (!products.isEmpty()) {
                        byVersion.put(version, Map.copyOf(products));
                    }
                    return products;
                });
    }

    /**
     * The category × material mapping (V19). Kept while the mapping rows are unchanged: each use asks the database
     * for their count and last change (one small query), so that a change made through another instance is seen at
     * once.
     */
    Uni<ProductRoutes> routes() {
        return pool.query("select count(*) || '/' || coalesce(max(updated_at)::text, '') as stamp "
                + "from climate_category_product").execute().flatMap(stampRows -> {
                    String stamp = stampRows.iterator().next().getString("stamp");
                    Routes known = routes;
                    return known != null && known.stamp().equals(stamp) ? Uni.createFrom().item(known.routes())
                            : load().invoke(loaded -> routes = new Routes(stamp, loaded));
                });
    }

    private record Routes(String stamp, ProductRoutes routes) {
    }

    private Uni<ProductRoutes> load() {
        return pool.query("select * from climate_material order by rank").execute().flatMap(materialRows -> {
            List<ProductRoutes.Material> materials = new ArrayList<>();
            materialRows.forEach(r -> materials.add(new ProductRoutes.Material(r.getString("code"), r.getInteger("rank"),
                    r.getString("pattern"), r.getString("name_sv"), r.getString("name_en"), r.getString("resource_id"),
                    r.getString("note"))));
            return pool.query("select * from climate_product_material").execute().flatMap(productRows -> {
                Map<String, String> made = new HashMap<>();
                productRows.forEach(r -> made.put(r.getString("resource_id"), r.getString("material")));
                return pool.query("select * from climate_category_product order by category_id, material, construction")
                        .execute().flatMap(mappingRows -> {
                            Map<UUID, List<ProductRoutes.Row>> rows = new HashMap<>();
                            mappingRows.forEach(r -> rows.computeIfAbsent(r.getUUID("category_id"), k -> new ArrayList<>())
                                    .add(new ProductRoutes.Row(r.getUUID("id"), r.getUUID("category_id"),
                                            r.getString("material"), r.getString("construction"),
                                            r.getString("resource_id"), r.getBoolean("estimate"), r.getString("note"))));
                            return pool.query("select * from climate_common_material").execute().map(commonRows -> {
                                Map<UUID, Set<String>> common = new HashMap<>();
                                commonRows.forEach(r -> common.computeIfAbsent(r.getUUID("category_id"),
                                        k -> new TreeSet<>()).add(r.getString("material")));
                                return new ProductRoutes(materials, made, rows, common);
                            });
                        });
            });
        });
    }

    /**
     * The categories as the mapping needs them (id, parent, code, names, product), read on the pool: the figures of
     * earlier handovers are frozen at start-up, outside any Hibernate session.
     */
    Uni<Map<UUID, CategoryView>> categories() {
        return pool.query("select id, parent_id, code, name_sv, name_en, boverket_id, sort_order from category "
                + "order by sort_order, code").execute().map(rows -> {
                    Map<UUID, CategoryView> all = new LinkedHashMap<>();
                    rows.forEach(r -> all.put(r.getUUID("id"), new CategoryView(r.getUUID("id"), r.getUUID("parent_id"),
                            r.getString("code"), r.getString("name_sv"), r.getString("name_en"),
                            r.getString("boverket_id"), r.getInteger("sort_order"), List.of())));
                    return all;
                });
    }

    /** Sets a category's product for a material (and construction), replacing the row of the same key. */
    Uni<Void> putMaterialMapping(UUID categoryId, String material, String construction, String resourceId,
                                 boolean estimate, String note) {
        return pool.withTransaction(conn -> conn.preparedQuery("""
                        delete from climate_category_product where category_id = $1 and material = $2
                            and coalesce(construction, '') = coalesce($3, '')""")
                .execute(Tuple.of(categoryId, material, construction))
                .flatMap(gone -> conn.preparedQuery("""
                        insert into climate_category_product (category_id, material, construction, resource_id,
                            estimate, note) values ($1, $2, $3, $4, $5, $6)""")
                        .execute(Tuple.tuple().addValue(categoryId).addValue(material).addValue(construction)
                                .addValue(resourceId).addValue(estimate).addValue(note))))
                .invoke(this::mappingChanged).replaceWithVoid();
    }

    /** Removes a category's product for a material (and construction); false when there was none. */
    Uni<Boolean> deleteMaterialMapping(UUID categoryId, String material, String construction) {
        return pool.preparedQuery("""
                        delete from climate_category_product where category_id = $1 and material = $2
                            and coalesce(construction, '') = coalesce($3, '')""")
                .execute(Tuple.of(categoryId, material, construction))
                .invoke(this::mappingChanged).map(rows -> rows.rowCount() > 0);
    }

    /** Forgets the mapping read, after a change (the next use reads it again). */
    void mappingChanged() {
        routes = null;
    }

    /**
     * Imports one file of the database as the given version (from the file name when not given). A version that
     * exists already answers 409: a version's figures never change once imported.
     */
    Uni<DatasetView> importFile(String fileName, byte[] bytes, String version, LocalDate publishedOn, String by,
                                boolean activate) {
        String v = version != null ? version : versionOf(fileName).orElseThrow(() -> new ProblemException(
                ProblemType.UNPROCESSABLE, Message.of("detail.climate.giveVersionFileName", fileName),
                List.of(se.kretslopp.common.Problem.FieldError.of("version", FieldCode.NOT_BLANK, "field.required"))));
        List<BoverketFile.Row> rows = BoverketFile.parse(bytes, v);
        String sha = sha256(bytes);
        return pool.withTransaction(conn -> conn.preparedQuery("""
                        insert into climate_dataset (version, source, published_on, file_name, sha256, product_count,
                            imported_by, activated_at) values ($1, $2, $3, $4, $5, $6, $7, case when $8 then now() end)
                        on conflict (version) do nothing""")
                .execute(Tuple.tuple().addValue(v).addValue(SOURCE).addValue(publishedOn).addValue(fileName)
                        .addValue(sha).addValue(rows.size()).addValue(by).addValue(activate))
                .flatMap(inserted -> {
                    if (inserted.rowCount() == 0) {
                        return Uni.createFrom().failure(new ProblemException(ProblemType.CONFLICT,
                                Message.of("detail.climate.versionImportedAlreadyVersion", v)));
                    }
                    List<Tuple> batch = new ArrayList<>();
                    for (BoverketFile.Row row : rows) {
                        ClimateProduct p = row.product();
                        Tuple t = Tuple.tuple();
                        for (Object value : new Object[] {v, p.resourceId(), p.nameSv(), p.nameEn(),
                                p.boverketCategory(), p.bk04Code(), row.bk04Text(), p.a1a3Typical(),
                                p.a1a3Conservative(), p.a4(), row.a5(), p.conservativeFactor(), row.wasteFactor(),
                                p.kgPerM2(), p.kgPerM3(), p.conversions(), p.inventoryUnit()}) {
                            t.addValue(value);
                        }
                        batch.add(t);
                    }
                    return conn.preparedQuery("""
                            insert into climate_factor (version, resource_id, name_sv, name_en, boverket_category,
                                bk04_code, bk04_text, a1a3_typical, a1a3_conservative, a4, a5_1, conservative_factor,
                                waste_factor, kg_per_m2, kg_per_m3, conversions, inventory_unit)
                            values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17)""")
                            .executeBatch(batch);
                }))
                .flatMap(done -> datasets())
                .map(all -> all.stream().filter(d -> d.version().equals(v)).findFirst().orElseThrow());
    }

    /** Makes an imported version the one in use (unless configuration names one). */
    Uni<Boolean> activate(String version) {
        return pool.preparedQuery("update climate_dataset set activated_at = clock_timestamp() where version = $1")
                .execute(Tuple.of(version)).map(rows -> rows.rowCount() > 0);
    }

    Uni<Boolean> has(String version) {
        return pool.preparedQuery("select 1 from climate_dataset where version = $1").execute(Tuple.of(version))
                .map(rows -> rows.size() > 0);
    }

    static Optional<String> versionOf(String fileName) {
        Matcher m = BoverketFile.VERSION_IN_NAME.matcher(fileName == null ? "" : fileName);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    private String activeVersion(List<DatasetView> all, String activated) {
        if (config.version().isPresent()) {
            return config.version().get();
        }
        if (activated != null) {
            return activated;
        }
        return all.isEmpty() ? null : all.get(0).version();
    }

    private static DatasetView withActive(DatasetView d) {
        return new DatasetView(d.version(), d.source(), d.publishedOn(), d.fileName(), d.sha256(), d.productCount(),
                d.importedAt(), true);
    }

    private static DatasetView dataset(Row r, boolean active) {
        return new DatasetView(r.getString("version"), r.getString("source"), r.getLocalDate("published_on"),
                r.getString("file_name"), r.getString("sha256"), r.getInteger("product_count"),
                r.getOffsetDateTime("imported_at"), active);
    }

    static ClimateProduct product(Row r) {
        return new ClimateProduct(r.getString("version"), r.getString("resource_id"), r.getString("name_sv"),
                r.getString("name_en"), r.getString("boverket_category"), r.getString("bk04_code"),
                r.getBigDecimal("a1a3_typical"), r.getBigDecimal("a1a3_conservative"), r.getBigDecimal("a4"),
                r.getBigDecimal("conservative_factor"), r.getBigDecimal("kg_per_m2"), r.getBigDecimal("kg_per_m3"),
                r.getString("conversions"), r.getString("inventory_unit"));
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
