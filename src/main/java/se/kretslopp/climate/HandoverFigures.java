package se.kretslopp.climate;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.reactive.mutiny.Mutiny;
import se.kretslopp.climate.api.Savings;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The frozen figures of handovers (table climate_realised): written in the handover's own transaction through
 * its Hibernate session, or, for handovers that have none yet, on the pool at start-up. The same two statements
 * serve both ({@code $n} parameters for the pool, {@code ?n} for Hibernate).
 */
@ApplicationScoped
class HandoverFigures {

    interface Computer {
        Uni<Savings> compute(UUID categoryId, String material, ClimateCalculator.Item item);
    }

    private static final String FACTS = """
            select h.id, h.quantity, h.unit, h.weight_per_unit_kg, h.material, c.boverket_id, l.length_mm,
                   l.width_mm, l.height_mm, l.price_kind, l.price_sek, h.seller_organisation_id,
                   h.buyer_organisation_id, h.category_id, i.building_id, coalesce(s.site_id, l.storage_site_id),
                   h.handed_over_on, h.transport_distance_km, h.storage_kg_co2e, h.refurbishment_kg_co2e
            from handover_record h
            join listing l on l.id = h.listing_id
            join category c on c.id = h.category_id
            left join inventory_item i on i.id = h.inventory_item_id
            left join stock_lot s on s.id = h.stock_lot_id
            """;

    private static final String INSERT = """
            insert into climate_realised (handover_record_id, dataset_version, basis, resource_id, product_name_sv,
                product_name_en, mass_kg, mass_source, a1a3_typical, a1a3_conservative, a4, reuse_a4,
                refurbishment_kg_co2e, avoided_typical_kg, avoided_conservative_kg, value_sek, seller_organisation_id,
                buyer_organisation_id, category_id, building_id, storage_site_id, handed_over_on, gross_typical_kg,
                gross_conservative_kg, transport_basis, transport_distance_km, transport_factor, transport_source,
                transport_kg_co2e, storage_kg_co2e, quantity, unit, route)
            values (cast($1 as uuid), cast($2 as text), cast($3 as text), cast($4 as text), cast($5 as text), cast($6 as
                text), cast($7 as numeric), cast($8 as text), cast($9 as numeric), cast($10 as numeric), cast($11 as
                numeric), cast($12 as numeric), cast($13 as numeric), cast($14 as numeric), cast($15 as numeric),
                cast($16 as numeric), cast($17 as uuid), cast($18 as uuid), cast($19 as uuid), cast($20 as uuid),
                cast($21 as uuid), cast($22 as date), cast($23 as numeric), cast($24 as numeric), cast($25 as text),
                cast($26 as numeric), cast($27 as numeric), cast($28 as text), cast($29 as numeric), cast($30 as
                numeric), cast($31 as numeric), cast($32 as text), cast($33 as text))
            on conflict (handover_record_id) do nothing""";

    /**
     * The waste code and the money of frozen figures that have none yet: the waste code by the material, else by the
     * product's name (V20's climate_waste_code), else 17 09 04; the category's reference price in the handover's
     * unit (else its parent's), what the same quantity costs new, and that minus the fixed price paid.
     */
    private static final String WASTE_AND_MONEY = """
            update climate_realised r
            set waste_code = coalesce(w.code, '17 09 04'),
                waste_name_sv = coalesce(w.name_sv, 'Blandat bygg- och rivningsavfall'),
                waste_name_en = coalesce(w.name_en, 'Mixed construction and demolition waste'),
                reference_price_sek = p.price_sek, reference_unit = p.unit, reference_source = p.source,
                reference_as_of = p.as_of, new_value_sek = round(p.price_sek * h.quantity, 2),
                saved_sek = round(p.price_sek * h.quantity, 2) - coalesce(r.value_sek, 0),
                quantity = h.quantity, unit = h.unit
            from handover_record h
            left join lateral (
                select w.code, w.name_sv, w.name_en from climate_waste_code w
                where coalesce(h.material, '') ~* ('\\m(' || w.pattern || ')')
                   or coalesce((select r2.product_name_sv from climate_realised r2 where r2.handover_record_id = h.id),
                               '') ~* ('\\m(' || w.pattern || ')')
                order by (coalesce(h.material, '') ~* ('\\m(' || w.pattern || ')')) desc, w.rank
                limit 1) w on true
            left join lateral (
                select p.price_sek, p.unit, p.source, p.as_of from climate_reference_price p
                join category c on c.id = h.category_id
                where p.unit = h.unit and (p.category_id = c.id or p.category_id = c.parent_id)
                order by (p.category_id = c.id) desc
                limit 1) p on true
            where r.handover_record_id = h.id and r.waste_code is null""";

    private final Pool pool;
    private final NetFigures.Vehicle vehicle;

    HandoverFigures(Pool pool, ReuseTransportConfig transport) {
        this.pool = pool;
        this.vehicle = new NetFigures.Vehicle(transport.factor(), transport.source() + " (" + transport.asOf() + ")");
    }

    /** What a handover was, as the figures need it. */
    record Facts(UUID id, BigDecimal quantity, String unit, BigDecimal weightPerUnitKg, String material,
                 String boverketId, Integer lengthMm, Integer widthMm, Integer heightMm, String priceKind,
                 BigDecimal priceSek, UUID seller, UUID buyer, UUID categoryId, UUID buildingId, UUID siteId,
                 LocalDate handedOverOn, BigDecimal distanceKm, BigDecimal storageKg, BigDecimal refurbishmentKg) {

        ClimateCalculator.Item item() {
            return new ClimateCalculator.Item(quantity, unit, lengthMm, widthMm, heightMm, weightPerUnitKg, null);
        }

        BigDecimal valueSek() {
            return "FIXED".equals(priceKind) && priceSek != null ? priceSek.multiply(quantity).setScale(2,
                    java.math.RoundingMode.HALF_UP) : null;
        }
    }

    Uni<Void> realise(Mutiny.Session session, UUID reservationId, Computer computer) {
        return session.createNativeQuery(FACTS + " where h.reservation_id = ?1", Object[].class)
                .setParameter(1, reservationId).getResultList()
                .flatMap(rows -> {
                    if (rows.isEmpty()) {
                        return Uni.createFrom().voidItem();
                    }
                    Facts facts = facts(rows.get(0));
                    return computer.compute(facts.categoryId(), facts.material(), facts.item())
                            .flatMap(savings -> {
                                if (savings == null) {
                                    return Uni.createFrom().item(0);
                                }
                                var query = session.createNativeQuery(INSERT.replace('$', '?'));
                                List<Object> values = values(facts, savings);
                                for (int i = 0; i < values.size(); i++) {
                                    query.setParameter(i + 1, values.get(i));
                                }
                                return query.executeUpdate().flatMap(n -> session
                                        .createNativeQuery(WASTE_AND_MONEY + " and h.id = ?1")
                                        .setParameter(1, facts.id()).executeUpdate());
                            }).replaceWithVoid();
                });
    }

    Uni<Integer> realiseMissing(Computer computer) {
        return pool.query(FACTS + " where not exists (select 1 from climate_realised r where r.handover_record_id = h.id)")
                .execute().flatMap(rows -> {
                    List<Facts> missing = new ArrayList<>();
                    rows.forEach(r -> missing.add(facts(r)));
                    Uni<Integer> chain = Uni.createFrom().item(0);
                    for (Facts f : missing) {
                        chain = chain.flatMap(n -> computer.compute(f.categoryId(), f.material(), f.item())
                                .flatMap(s -> pool.preparedQuery(INSERT).execute(Tuple.from(values(f, s))))
                                .map(done -> n + done.rowCount()));
                    }
                    return chain;
                }).call(() -> pool.query(WASTE_AND_MONEY).execute());
    }

    private List<Object> values(Facts f, Savings s) {
        NetFigures net = NetFigures.of(s, f.distanceKm(), f.storageKg(), f.refurbishmentKg(), vehicle);
        List<Object> v = new ArrayList<>();
        v.add(f.id());
        v.add(s.source() == null ? null : s.source().version());
        v.add(s.basis().name());
        v.add(s.product() == null ? null : s.product().resourceId());
        v.add(s.product() == null ? null : s.product().nameSv());
        v.add(s.product() == null ? null : s.product().nameEn());
        v.add(s.massKg());
        v.add(s.massSource() == null ? null : s.massSource().name());
        v.add(s.a1a3Typical());
        v.add(s.a1a3Conservative());
        v.add(s.a4());
        v.add(s.reuseA4());
        v.add(net.refurbishmentKg());
        v.add(net.netTypical());
        v.add(net.netConservative());
        v.add(f.valueSek());
        v.add(f.seller());
        v.add(f.buyer());
        v.add(f.categoryId());
        v.add(f.buildingId());
        v.add(f.siteId());
        v.add(f.handedOverOn());
        v.add(net.grossTypical());
        v.add(net.grossConservative());
        v.add(net.transportBasis());
        v.add(net.distanceKm());
        v.add(net.factor());
        v.add(net.factorSource());
        v.add(net.transportKg());
        v.add(net.storageKg());
        v.add(f.quantity());
        v.add(f.unit());
        v.add(s.route() == null ? null : s.route().name());
        return v;
    }

    private static Facts facts(Row r) {
        return new Facts(r.getUUID(0), r.getBigDecimal(1), r.getString(2), r.getBigDecimal(3), r.getString(4),
                r.getString(5), r.getInteger(6), r.getInteger(7), r.getInteger(8), r.getString(9), r.getBigDecimal(10),
                r.getUUID(11), r.getUUID(12), r.getUUID(13), r.getUUID(14), r.getUUID(15), r.getLocalDate(16),
                r.getBigDecimal(17), r.getBigDecimal(18), r.getBigDecimal(19));
    }

    private static Facts facts(Object[] r) {
        return new Facts((UUID) r[0], decimal(r[1]), (String) r[2], decimal(r[3]), (String) r[4], (String) r[5],
                integer(r[6]), integer(r[7]), integer(r[8]), (String) r[9], decimal(r[10]), (UUID) r[11],
                (UUID) r[12], (UUID) r[13], (UUID) r[14], (UUID) r[15], date(r[16]), decimal(r[17]), decimal(r[18]),
                decimal(r[19]));
    }

    private static BigDecimal decimal(Object o) {
        return o == null ? null : o instanceof BigDecimal b ? b : new BigDecimal(o.toString());
    }

    private static Integer integer(Object o) {
        return o == null ? null : ((Number) o).intValue();
    }

    private static LocalDate date(Object o) {
        return o == null ? null : o instanceof LocalDate d ? d
                : o instanceof java.sql.Date s ? s.toLocalDate() : LocalDate.parse(o.toString());
    }
}
