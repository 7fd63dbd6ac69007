package se.kretslopp.climate;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import se.kretslopp.category.api.CategoryView;
import se.kretslopp.climate.api.ClimateSource;
import se.kretslopp.climate.api.CoverageReport;
import se.kretslopp.climate.api.Savings;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The coverage report of the mapping: each category (in tree order) without a material and with each of its common
 * materials (or every material), routed exactly as an item would be.
 */
final class MappingCoverage {

    private MappingCoverage() {
    }

    static CoverageReport report(ProductRoutes routes, Collection<CategoryView> tree, Map<UUID, CategoryView> all,
                                 ClimateData.Active active, boolean everyMaterial) {
        List<CoverageReport.Row> rows = new ArrayList<>();
        for (CategoryView group : tree) {
            add(rows, group, null, routes, all, active, everyMaterial);
            for (CategoryView kind : group.children()) {
                add(rows, kind, group, routes, all, active, everyMaterial);
            }
        }
        int exact = (int) rows.stream().filter(r -> r.route() != Savings.Route.NONE && !r.estimate()).count();
        int estimates = (int) rows.stream().filter(CoverageReport.Row::estimate).count();
        int none = (int) rows.stream().filter(r -> r.route() == Savings.Route.NONE).count();
        return new CoverageReport(active.source(), all.size(), rows.size(), exact, estimates, none, rows);
    }

    private static void add(List<CoverageReport.Row> rows, CategoryView category, CategoryView parent,
                            ProductRoutes routes, Map<UUID, CategoryView> all, ClimateData.Active active,
                            boolean everyMaterial) {
        CategoryView known = all.getOrDefault(category.id(), category);
        Set<String> common = routes.common(known);
        rows.add(row(known, parent, Optional.empty(), false, routes, all, active));
        for (ProductRoutes.Material m : routes.materials()) {
            boolean isCommon = common.contains(m.code());
            if (isCommon || everyMaterial) {
                rows.add(row(known, parent, Optional.of(m), isCommon, routes, all, active));
            }
        }
    }

    private static CoverageReport.Row row(CategoryView c, CategoryView parent, Optional<ProductRoutes.Material> m,
                                          boolean common, ProductRoutes routes, Map<UUID, CategoryView> all,
                                          ClimateData.Active active) {
        ClimateCalculator.Choice choice = routes.choose(c.id(), m, m.map(ProductRoutes.Material::nameSv).orElse(null),
                all, active.products(), active.dataset().version());
        return new CoverageReport.Row(c.id(), c.code(), c.nameSv(), c.nameEn(), parent == null ? null : parent.code(),
                m.map(ProductRoutes.Material::code).orElse(null), m.map(ProductRoutes.Material::nameSv).orElse(null),
                common, choice.route(), choice.basis() == Savings.Basis.MATERIAL_ESTIMATE,
                choice.product() == null ? null : choice.product().resourceId(),
                choice.product() == null ? null : choice.product().nameSv(), choice.routeReason());
    }

    static byte[] csv(CoverageReport report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ClimateSource s = report.source();
        try (CSVPrinter printer = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8),
                CSVFormat.DEFAULT.builder().setHeader("category", "name_sv", "name_en", "parent", "material",
                        "material_sv", "common", "route", "estimate", "resource_id", "product_sv", "reason",
                        "source").get())) {
            for (CoverageReport.Row r : report.rows()) {
                printer.printRecord(r.code(), r.nameSv(), r.nameEn(), r.parentCode(), r.material(), r.materialNameSv(),
                        r.common(), r.route(), r.estimate(), r.resourceId(), r.productNameSv(), r.reason(),
                        s.name() + " " + s.version());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
