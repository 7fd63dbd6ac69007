package se.kretslopp.inventory;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import se.kretslopp.common.Today;
import se.kretslopp.inventory.api.FutureSupply;
import se.kretslopp.inventory.api.SupplyQuery;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Future supply: items assessed for reuse, not yet dismantled, in buildings that are not archived and whose
 * dismantling window is planned and not over. Matched in SQL (these items are not in the search index: they are
 * few, change with their building, and must stop matching the moment a building is archived). Items whose
 * hazardous-substance check found something never appear.
 */
@ApplicationScoped
public class FutureSupplyService {

    private final Pool pool;

    FutureSupplyService(Pool pool) {
        this.pool = pool;
    }

    public Uni<List<FutureSupply>> find(SupplyQuery q) {
        String[] stems = q.wordStems().stream().map(s -> "%" + s.replace("%", "").replace("_", "") + "%")
                .toArray(String[]::new);
        Tuple args = Tuple.tuple()
                .addLocalDate(Today.date())                                                  // $1
                .addArrayOfUUID(q.categoryIds().toArray(UUID[]::new))                        // $2
                .addArrayOfString(stems)                                                     // $3
                .addInteger(q.conditionMax())                                                // $4
                .addInteger(q.lengthMin()).addInteger(q.lengthMax())                         // $5 $6
                .addInteger(q.widthMin()).addInteger(q.widthMax())                           // $7 $8
                .addInteger(q.heightMin()).addInteger(q.heightMax())                         // $9 $10
                .addDouble(q.latitude()).addDouble(q.longitude()).addDouble(q.withinKm())    // $11 $12 $13
                .addLocalDate(q.neededBy())                                                  // $14
                .addUUID(q.excludeOrganisationId())                                          // $15
                .addInteger(q.limit());                                                      // $16
        return pool.preparedQuery("""
                        select i.id, i.name, i.material, i.category_id, i.quantity, i.unit, i.length_mm, i.width_mm,
                               i.height_mm, i.condition, b.city, b.latitude, b.longitude, o.name as organisation_name,
                               greatest(coalesce(i.available_from, b.dismantling_from), b.dismantling_from)
                                   as expected_from,
                               (cardinality($3::text[]) > 0 and (i.name || ' ' || coalesce(i.material, '') || ' ' || c.name_sv) ilike all($3))
                                   as name_matched
                        from inventory_item i
                        join building b on b.id = i.building_id
                        join organisation o on o.id = b.organisation_id
                        join category c on c.id = i.category_id
                        where b.archived_at is null
                          and b.dismantling_from is not null
                          and coalesce(b.dismantling_to, b.dismantling_from) >= $1
                          and i.status = 'INVENTORIED' and i.fate = 'REUSE' and i.hazard_check <> 'CONTAINS'
                          and (cardinality($2::uuid[]) = 0 or i.category_id = any($2))
                          and (cardinality($2::uuid[]) > 0
                               or (cardinality($3::text[]) > 0
                                   and (i.name || ' ' || coalesce(i.material, '') || ' ' || c.name_sv) ilike all($3)))
                          and ($4::int is null or i.condition <= $4)
                          and ($5::int is null or i.length_mm >= $5) and ($6::int is null or i.length_mm <= $6)
                          and ($7::int is null or i.width_mm >= $7) and ($8::int is null or i.width_mm <= $8)
                          and ($9::int is null or i.height_mm >= $9) and ($10::int is null or i.height_mm <= $10)
                          and ($13::float8 is null or (b.latitude is not null and 6371.0088 * 2 * asin(least(1, sqrt(
                                power(sin(radians(b.latitude - $11) / 2), 2) + cos(radians($11)) * cos(radians(b.latitude))
                                * power(sin(radians(b.longitude - $12) / 2), 2)))) <= $13))
                          and ($14::date is null
                               or greatest(coalesce(i.available_from, b.dismantling_from), b.dismantling_from) <= $14)
                          and ($15::uuid is null or b.organisation_id <> $15)
                        order by expected_from, i.id
                        limit $16""").execute(args)
                .map(rows -> {
                    List<FutureSupply> found = new ArrayList<>();
                    for (Row r : rows) {
                        found.add(new FutureSupply(r.getUUID("id"), r.getString("name"), r.getString("material"),
                                r.getUUID("category_id"), r.getBigDecimal("quantity"), r.getString("unit"),
                                r.getInteger("length_mm"), r.getInteger("width_mm"), r.getInteger("height_mm"),
                                r.getInteger("condition"), r.getLocalDate("expected_from"), r.getString("city"),
                                r.getDouble("latitude"), r.getDouble("longitude"), r.getString("organisation_name"),
                                Boolean.TRUE.equals(r.getBoolean("name_matched"))));
                    }
                    return found;
                });
    }
}
