package se.kretslopp.climate;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import se.kretslopp.climate.api.ReferencePrice;
import se.kretslopp.climate.api.ReferencePriceRequest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Reference new prices per category and unit (climate_reference_price). A handover freezes the one that applies on
 * its day; changing a price changes only later handovers.
 */
@ApplicationScoped
class ReferencePrices {

    private static final String SELECT = """
            select p.category_id, c.code, c.name_sv, c.name_en, p.unit, p.price_sek, p.source, p.as_of, p.updated_by,
                   p.updated_at
            from climate_reference_price p join category c on c.id = p.category_id
            """;

    private final Pool pool;

    ReferencePrices(Pool pool) {
        this.pool = pool;
    }

    Uni<List<ReferencePrice>> all() {
        return pool.query(SELECT + " order by c.code, p.unit").execute().map(ReferencePrices::list);
    }

    /** Empty when the category does not exist. */
    Uni<Optional<ReferencePrice>> set(UUID categoryId, ReferencePriceRequest request, String by) {
        return pool.preparedQuery("""
                        insert into climate_reference_price (category_id, unit, price_sek, source, as_of, updated_by)
                        select c.id, $2, $3, $4, $5, $6 from category c where c.id = $1
                        on conflict (category_id, unit) do update set price_sek = excluded.price_sek,
                            source = excluded.source, as_of = excluded.as_of, updated_by = excluded.updated_by,
                            updated_at = now()""")
                .execute(Tuple.from(new Object[] {categoryId, request.unit(), request.priceSek(),
                        request.source().trim(), request.asOf(), by}))
                .flatMap(done -> done.rowCount() == 0 ? Uni.createFrom().item(Optional.<ReferencePrice>empty())
                        : pool.preparedQuery(SELECT + " where p.category_id = $1 and p.unit = $2")
                        .execute(Tuple.of(categoryId, request.unit()))
                        .map(rows -> list(rows).stream().findFirst()));
    }

    /** Whether there was a price to remove. */
    Uni<Boolean> remove(UUID categoryId, String unit) {
        return pool.preparedQuery("delete from climate_reference_price where category_id = $1 and unit = $2")
                .execute(Tuple.of(categoryId, unit)).map(done -> done.rowCount() > 0);
    }

    private static List<ReferencePrice> list(RowSet<Row> rows) {
        List<ReferencePrice> list = new ArrayList<>();
        rows.forEach(r -> list.add(new ReferencePrice(r.getUUID("category_id"), r.getString("code"),
                r.getString("name_sv"), r.getString("name_en"), r.getString("unit"), r.getBigDecimal("price_sek"),
                r.getString("source"), r.getLocalDate("as_of"), r.getString("updated_by"),
                r.getOffsetDateTime("updated_at"))));
        return list;
    }
}
