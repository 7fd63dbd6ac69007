package se.kretslopp.climate;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import se.kretslopp.climate.api.ClimateSource;
import se.kretslopp.climate.api.ImpactReport;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Aggregates of the frozen handover figures (climate_realised) as SQL on the pool. Groupings come from a fixed list,
 * never from request text; a handover without a building, site or counterpart falls in a group of its own ("none"),
 * so that every handover is in exactly one group and the groups add up to the totals.
 */
@ApplicationScoped
class ImpactReports {

    /** The groupings, each with its key expression and, where it has one, its label expressions (sv, en). */
    enum Dimension {
        ROLE("case when r.seller_organisation_id = $1 then 'GIVEN' else 'RECEIVED' end",
                "case when r.seller_organisation_id = $1 then 'Lämnat till återbruk' else 'Taget emot för återbruk' end",
                "case when r.seller_organisation_id = $1 then 'Given for reuse' else 'Received for reuse' end"),
        ORGANISATION("coalesce(co.code, 'none')", "co.name", "co.name"),
        BUILDING("coalesce(r.building_id::text, 'none')", "b.name", "b.name"),
        SITE("coalesce(r.storage_site_id::text, 'none')", "ss.name", "ss.name"),
        CATEGORY("c.code", "c.name_sv", "c.name_en"),
        WASTE("coalesce(r.waste_code, 'none')", "r.waste_name_sv", "r.waste_name_en"),
        MONTH("to_char(r.handed_over_on, 'YYYY-MM')", null, null),
        QUARTER("to_char(r.handed_over_on, 'YYYY-\"Q\"Q')", null, null),
        YEAR("to_char(r.handed_over_on, 'YYYY')", null, null);

        final String key;
        final String labelSv;
        final String labelEn;

        Dimension(String key, String labelSv, String labelEn) {
            this.key = key;
            this.labelSv = labelSv;
            this.labelEn = labelEn;
        }

        String param() {
            return name().toLowerCase(Locale.ROOT);
        }

        boolean period() {
            return this == MONTH || this == QUARTER || this == YEAR;
        }
    }

    enum Role { ALL, GIVEN, RECEIVED }

    private static final String FIGURES = """
            count(*) as handovers,
            coalesce(sum(r.mass_kg), 0) as mass,
            coalesce(sum(r.avoided_typical_kg), 0) as typical,
            coalesce(sum(r.avoided_conservative_kg), 0) as conservative,
            coalesce(sum(r.value_sek), 0) as value,
            count(r.value_sek) as priced,
            coalesce(sum(r.avoided_typical_kg) filter (where r.basis = 'MATERIAL_ESTIMATE'), 0) as estimated,
            count(*) filter (where r.basis = 'NONE') as without,
            coalesce(sum(r.gross_typical_kg), 0) as gross_typical,
            coalesce(sum(r.gross_conservative_kg), 0) as gross_conservative,
            coalesce(sum(r.transport_kg_co2e) filter (where r.basis <> 'NONE'), 0) as transport,
            coalesce(sum(r.storage_kg_co2e) filter (where r.basis <> 'NONE'), 0) as storage,
            coalesce(sum(r.refurbishment_kg_co2e) filter (where r.basis <> 'NONE'), 0) as refurbishment,
            count(*) filter (where r.transport_basis = 'DISTANCE') as by_distance,
            coalesce(sum(r.new_value_sek), 0) as new_value,
            coalesce(sum(r.saved_sek), 0) as saved,
            count(r.new_value_sek) as reference_priced,
            count(*) filter (where r.seller_organisation_id = r.buyer_organisation_id) as internal,
            coalesce(sum(r.mass_kg) filter (where r.seller_organisation_id = r.buyer_organisation_id), 0)
                as internal_mass""";

    static final String FROM = """
            from climate_realised r
            join category c on c.id = r.category_id
            left join organisation co on co.id = case when r.seller_organisation_id = $1
                then r.buyer_organisation_id else r.seller_organisation_id end
            left join building b on b.id = r.building_id
            left join storage_site ss on ss.id = r.storage_site_id
            where (r.seller_organisation_id = $1 or r.buyer_organisation_id = $1)
              and r.handed_over_on >= $2 and r.handed_over_on <= $3
              and ($4 = 'ALL' or ($4 = 'GIVEN') = (r.seller_organisation_id = $1))
            """;

    private final Pool pool;

    ImpactReports(Pool pool) {
        this.pool = pool;
    }

    Uni<ImpactReport> report(UUID organisationId, ImpactReport.Organisation organisation, LocalDate from, LocalDate to,
                             List<Dimension> groupBy, Role role) {
        Tuple params = Tuple.of(organisationId, from, to, role.name());
        String totalsSql = "select " + FIGURES + " " + FROM;
        StringBuilder select = new StringBuilder("select ");
        List<String> groupExpressions = new ArrayList<>();
        for (Dimension d : groupBy) {
            select.append(d.key).append(" as k_").append(d.param()).append(", ");
            groupExpressions.add(d.key);
            if (d.labelSv != null) {
                select.append("min(").append(d.labelSv).append(") as sv_").append(d.param()).append(", ")
                        .append("min(").append(d.labelEn).append(") as en_").append(d.param()).append(", ");
            }
        }
        String groupsSql = select + FIGURES + " " + FROM
                + (groupExpressions.isEmpty() ? "" : " group by " + String.join(", ", groupExpressions)
                + " order by " + String.join(", ", groupExpressions));
        String versionsSql = "select distinct d.version, d.source, d.published_on " + FROM.replace(
                "from climate_realised r", "from climate_realised r join climate_dataset d on d.version = r.dataset_version")
                + " order by d.version";
        return pool.preparedQuery(totalsSql).execute(params).flatMap(totals ->
                pool.preparedQuery(groupsSql).execute(params).flatMap(groups ->
                        pool.preparedQuery(versionsSql).execute(params).map(versions -> {
                            List<ImpactReport.Group> list = new ArrayList<>();
                            if (!groupBy.isEmpty()) {
                                for (Row row : groups) {
                                    Map<String, String> key = new LinkedHashMap<>();
                                    Map<String, String> label = new LinkedHashMap<>();
                                    for (Dimension d : groupBy) {
                                        key.put(d.param(), row.getString("k_" + d.param()));
                                        if (d.labelSv != null) {
                                            String sv = row.getString("sv_" + d.param());
                                            String en = row.getString("en_" + d.param());
                                            label.put(d.param(), sv == null ? "–" : sv);
                                            label.put(d.param() + ".en", en == null ? "–" : en);
                                        }
                                    }
                                    list.add(new ImpactReport.Group(key, label, figures(row)));
                                }
                            }
                            List<ClimateSource> sources = new ArrayList<>();
                            versions.forEach(v -> sources.add(new ClimateSource(v.getString("source"),
                                    v.getString("version"), v.getLocalDate("published_on"))));
                            return new ImpactReport(organisation, from, to,
                                    groupBy.stream().map(Dimension::param).toList(),
                                    role.name().toLowerCase(Locale.ROOT), sources,
                                    figures(totals.iterator().next()), list);
                        })));
    }

    /** The figures of no handovers: a year with inventories or listings but no handover. */
    static ImpactReport.Figures none() {
        BigDecimal z = BigDecimal.ZERO;
        return new ImpactReport.Figures(0, z, z, z, z, 0, z, z, 0, z, z, z, z, z, 0, z, z, 0, 0, z);
    }

    private static ImpactReport.Figures figures(Row row) {
        BigDecimal typical = row.getBigDecimal("typical");
        BigDecimal estimated = row.getBigDecimal("estimated");
        BigDecimal share = typical.signum() == 0 ? BigDecimal.ZERO
                : estimated.divide(typical, 4, RoundingMode.HALF_UP);
        return new ImpactReport.Figures(row.getLong("handovers"), row.getBigDecimal("mass"), typical,
                row.getBigDecimal("conservative"), row.getBigDecimal("value"), row.getLong("priced"), estimated,
                share, row.getLong("without"), row.getBigDecimal("gross_typical"),
                row.getBigDecimal("gross_conservative"), row.getBigDecimal("transport"), row.getBigDecimal("storage"),
                row.getBigDecimal("refurbishment"), row.getLong("by_distance"), row.getBigDecimal("new_value"),
                row.getBigDecimal("saved"), row.getLong("reference_priced"), row.getLong("internal"),
                row.getBigDecimal("internal_mass"));
    }
}
