package se.kretslopp.climate;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import se.kretslopp.climate.api.DeclarationRow;
import se.kretslopp.climate.api.HandoverImpact;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The rows behind the reports: one per handover (what a total is traced to), the receiving projects' rows for
 * climate declarations, and the counts the follow-up puts beside the handovers (inventories, listings per year).
 * Same filters as {@link ImpactReports}, so that the rows of a period add up to its report.
 */
@ApplicationScoped
class ImpactLedger {

    private static final String HANDOVERS = """
            select r.handover_record_id, r.handed_over_on,
                   case when r.seller_organisation_id = r.buyer_organisation_id then 'INTERNAL'
                        when r.seller_organisation_id = $1 then 'GIVEN' else 'RECEIVED' end as role,
                   g.code as giver_code, g.name as giver_name, t.code as receiver_code, t.name as receiver_name,
                   c.code as category_code, c.name_sv as category_sv, c.name_en as category_en,
                   coalesce(r.quantity, h.quantity) as quantity, coalesce(r.unit, h.unit) as unit, r.basis,
                   r.resource_id, r.product_name_sv, r.dataset_version, r.mass_kg, r.gross_typical_kg,
                   r.gross_conservative_kg, r.transport_basis, r.transport_distance_km, r.transport_factor,
                   r.transport_kg_co2e, r.storage_kg_co2e, r.refurbishment_kg_co2e, r.avoided_typical_kg,
                   r.avoided_conservative_kg, r.waste_code, r.waste_name_sv, r.waste_name_en, r.value_sek,
                   r.reference_price_sek, r.reference_source, r.new_value_sek, r.saved_sek
            """ + ImpactReports.FROM.replace("from climate_realised r", """
            from climate_realised r
            join handover_record h on h.id = r.handover_record_id
            join organisation g on g.id = r.seller_organisation_id
            join organisation t on t.id = r.buyer_organisation_id""") + """
              and ($5::text is null or c.code = $5)
              and ($6::text is null or coalesce(r.waste_code, 'none') = $6)
            order by r.handed_over_on, r.handover_record_id""";

    private static final String DECLARATION = """
            select coalesce(h.destination_project, '') as project, r.handover_record_id, r.handed_over_on,
                   g.name as giver_name, c.code as category_code, c.name_sv as category_sv, r.product_name_sv,
                   r.resource_id, r.dataset_version, coalesce(r.quantity, h.quantity) as quantity,
                   coalesce(r.unit, h.unit) as unit, r.mass_kg, r.transport_distance_km
            from climate_realised r
            join handover_record h on h.id = r.handover_record_id
            join organisation g on g.id = r.seller_organisation_id
            join category c on c.id = r.category_id
            where r.buyer_organisation_id = $1 and r.handed_over_on >= $2 and r.handed_over_on <= $3
              and ($4::text is null or h.destination_project = $4)
            order by project, r.handed_over_on, r.handover_record_id""";

    /** Buildings of the organisation by the year their first inventory item was recorded (Swedish time). */
    private static final String INVENTORIES = """
            select to_char(first_item, 'YYYY') as year, count(*) as n from (
                select min((i.created_at at time zone 'Europe/Stockholm')::date) as first_item
                from building b join inventory_item i on i.building_id = b.id
                where b.organisation_id = $1 group by b.id) f
            where first_item >= $2 and first_item <= $3
            group by 1""";

    private static final String LISTINGS = """
            select to_char((l.published_at at time zone 'Europe/Stockholm')::date, 'YYYY') as year, count(*) as n
            from listing l
            where l.organisation_id = $1 and l.published_at is not null
              and (l.published_at at time zone 'Europe/Stockholm')::date >= $2
              and (l.published_at at time zone 'Europe/Stockholm')::date <= $3
            group by 1""";

    private final Pool pool;

    ImpactLedger(Pool pool) {
        this.pool = pool;
    }

    Uni<List<HandoverImpact>> handovers(UUID organisationId, LocalDate from, LocalDate to, ImpactReports.Role role,
                                        String categoryCode, String wasteCode) {
        return pool.preparedQuery(HANDOVERS).execute(Tuple.from(new Object[] {organisationId, from, to, role.name(),
                categoryCode, wasteCode})).map(rows -> {
                    List<HandoverImpact> list = new ArrayList<>();
                    rows.forEach(r -> list.add(handover(r)));
                    return list;
                });
    }

    Uni<List<DeclarationRow>> declaration(UUID organisationId, LocalDate from, LocalDate to, String project) {
        return pool.preparedQuery(DECLARATION).execute(Tuple.from(new Object[] {organisationId, from, to, project}))
                .map(rows -> {
                    List<DeclarationRow> list = new ArrayList<>();
                    rows.forEach(r -> list.add(new DeclarationRow(r.getString("project"),
                            r.getUUID("handover_record_id"), r.getLocalDate("handed_over_on"),
                            r.getString("giver_name"), r.getString("category_code"), r.getString("category_sv"),
                            r.getString("product_name_sv"), r.getString("resource_id"),
                            r.getString("dataset_version"), r.getBigDecimal("quantity"), r.getString("unit"),
                            r.getBigDecimal("mass_kg"), r.getBigDecimal("transport_distance_km"))));
                    return list;
                });
    }

    /** Per year: [inventories, listings]. */
    Uni<Map<String, long[]>> counts(UUID organisationId, LocalDate from, LocalDate to) {
        Tuple params = Tuple.of(organisationId, from, to);
        return pool.preparedQuery(INVENTORIES).execute(params).flatMap(inventories ->
                pool.preparedQuery(LISTINGS).execute(params).map(listings -> {
                    Map<String, long[]> counts = new HashMap<>();
                    inventories.forEach(r -> counts.computeIfAbsent(r.getString("year"), y -> new long[2])[0] =
                            r.getLong("n"));
                    listings.forEach(r -> counts.computeIfAbsent(r.getString("year"), y -> new long[2])[1] =
                            r.getLong("n"));
                    return counts;
                }));
    }

    private static HandoverImpact handover(Row r) {
        return new HandoverImpact(r.getUUID("handover_record_id"), r.getLocalDate("handed_over_on"),
                r.getString("role"), r.getString("giver_code"), r.getString("giver_name"),
                r.getString("receiver_code"), r.getString("receiver_name"), r.getString("category_code"),
                r.getString("category_sv"), r.getString("category_en"), r.getBigDecimal("quantity"),
                r.getString("unit"), r.getString("basis"), r.getString("resource_id"), r.getString("product_name_sv"),
                r.getString("dataset_version"), r.getBigDecimal("mass_kg"), r.getBigDecimal("gross_typical_kg"),
                r.getBigDecimal("gross_conservative_kg"), r.getString("transport_basis"),
                r.getBigDecimal("transport_distance_km"), r.getBigDecimal("transport_factor"),
                r.getBigDecimal("transport_kg_co2e"), r.getBigDecimal("storage_kg_co2e"),
                r.getBigDecimal("refurbishment_kg_co2e"), r.getBigDecimal("avoided_typical_kg"),
                r.getBigDecimal("avoided_conservative_kg"), r.getString("waste_code"), r.getString("waste_name_sv"),
                r.getString("waste_name_en"), r.getBigDecimal("value_sek"), r.getBigDecimal("reference_price_sek"),
                r.getString("reference_source"), r.getBigDecimal("new_value_sek"), r.getBigDecimal("saved_sek"));
    }
}
