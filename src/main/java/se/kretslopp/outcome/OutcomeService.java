package se.kretslopp.outcome;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import jakarta.enterprise.context.ApplicationScoped;
import se.kretslopp.outcome.api.ClosedItem;
import se.kretslopp.outcome.api.MovementOutcome;
import se.kretslopp.outcome.api.Outcome;
import se.kretslopp.outcome.api.OutcomeEvent;
import se.kretslopp.outcome.api.OutcomeReport;
import se.kretslopp.outcome.api.OutcomeRules;
import se.kretslopp.outcome.api.OutcomeView;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Outcomes: what became of each quantity that left an inventory or a store (docs/outcomes.md). The features where
 * things leave record them here in their own transaction (a handover, a pick, a disposal, a stock-take loss, an item
 * closed by hand), with the rules of {@link OutcomeRules}; their views read them back; the reports sum them.
 */
@ApplicationScoped
public class OutcomeService {

    private static final String COLUMNS = """
            o.id, o.outcome, o.event, o.basis, o.quantity, o.unit, o.mass_kg, o.value_sek, o.waste_code,
            o.occurred_on, o.stock_lot_id, o.inventory_item_id, o.receiver_organisation_id, r.code, r.name""";

    private final Pool pool;
    private final OutcomeReports reports;

    OutcomeService(Pool pool, OutcomeReports reports) {
        this.pool = pool;
        this.reports = reports;
    }

    // ---- recording, in the caller's transaction -----------------------------------------------------------------

    /**
     * Records what became of a handover, from its record (parties, price): internal or external reuse by the rules,
     * or what the seller said ({@code requested}, refused with 422 when the handover cannot have it).
     */
    public Uni<Void> recordHandover(UUID handoverRecordId, Outcome requested) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery("""
                        select cast(h.seller_organisation_id = h.buyer_organisation_id as text), l.price_kind,
                               cast(l.price_sek as text)
                        from handover_record h join listing l on l.id = h.listing_id where h.id = :id""", Object[].class)
                .setParameter("id", handoverRecordId).getSingleResult()
                .flatMap(facts -> {
                    var decision = OutcomeRules.handover("true".equals(facts[0]), (String) facts[1],
                            facts[2] == null ? null : new BigDecimal((String) facts[2]), requested);
                    return session.createNativeQuery("""
                                    insert into outcome (id, outcome, event, basis, organisation_id,
                                        receiver_organisation_id, stock_lot_id, inventory_item_id, handover_record_id,
                                        category_id, material, quantity, unit, mass_kg, value_sek, occurred_on)
                                    select :oid, :outcome, 'HANDOVER', :basis, h.seller_organisation_id,
                                        h.buyer_organisation_id, h.stock_lot_id,
                                        coalesce(h.inventory_item_id, s.inventory_item_id), h.id, h.category_id,
                                        h.material, h.quantity, h.unit, h.mass_kg,
                                        case when :outcome = 'SOLD' and l.price_kind = 'FIXED'
                                             then round(l.price_sek * h.quantity, 2) end,
                                        h.handed_over_on
                                    from handover_record h join listing l on l.id = h.listing_id
                                    left join stock_lot s on s.id = h.stock_lot_id
                                    where h.id = :id""")
                            .setParameter("oid", UUID.randomUUID()).setParameter("outcome", decision.outcome().name())
                            .setParameter("basis", basis(decision.chosen())).setParameter("id", handoverRecordId)
                            .executeUpdate();
                })).replaceWithVoid();
    }

    /** Records what became of a quantity a stock movement took out of a store. */
    public Uni<Void> recordMovement(MovementOutcome m) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery("""
                        insert into outcome (id, outcome, event, basis, organisation_id, stock_lot_id,
                            inventory_item_id, stock_movement_id, category_id, material, quantity, unit, mass_kg,
                            waste_code, occurred_on)
                        values (:oid, :outcome, :event, :basis, :org, :lot, cast(:item as uuid), :movement, :category,
                            cast(:material as text), :quantity, :unit, round(cast(:weight as numeric) * :quantity, 3),
                            case when :outcome in ('RECYCLED', 'DISPOSED')
                                 then outcome_waste_code(cast(:material as text), cast(:description as text)) end,
                            :on)""")
                .setParameter("oid", UUID.randomUUID()).setParameter("outcome", m.decision().outcome().name())
                .setParameter("event", m.event().name()).setParameter("basis", basis(m.decision().chosen()))
                .setParameter("org", m.organisationId()).setParameter("lot", m.stockLotId())
                .setParameter("item", m.inventoryItemId()).setParameter("movement", m.movementId())
                .setParameter("category", m.categoryId()).setParameter("material", m.material())
                .setParameter("description", m.description()).setParameter("quantity", m.quantity())
                .setParameter("unit", m.unit()).setParameter("weight", m.weightPerUnitKg())
                .setParameter("on", m.on())
                .executeUpdate()).replaceWithVoid();
    }

    /** Records what became of an inventory item closed by hand: for what is left of it, if anything. */
    public Uni<Void> recordItemClosed(ClosedItem c) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery("""
                        insert into outcome (id, outcome, event, basis, organisation_id, inventory_item_id,
                            category_id, material, quantity, unit, mass_kg, waste_code, occurred_on)
                        select :oid, :outcome, 'ITEM_CLOSED', :basis, :org, :item, :category, cast(:material as text),
                            r.rest, :unit, round(cast(:weight as numeric) * r.rest, 3),
                            case when :outcome in ('RECYCLED', 'DISPOSED')
                                 then outcome_waste_code(cast(:material as text), cast(:name as text)) end,
                            :on
                        from (select outcome_item_rest(:item) as rest) r
                        where r.rest > 0
                        on conflict do nothing""")
                .setParameter("oid", UUID.randomUUID()).setParameter("outcome", c.decision().outcome().name())
                .setParameter("basis", basis(c.decision().chosen())).setParameter("org", c.organisationId())
                .setParameter("item", c.itemId()).setParameter("category", c.categoryId())
                .setParameter("material", c.material()).setParameter("name", c.name())
                .setParameter("unit", c.unit()).setParameter("weight", c.weightPerUnitKg())
                .setParameter("on", c.on())
                .executeUpdate()).replaceWithVoid();
    }

    // ---- reading, in the caller's session (who may see the lot, item or reservation is the caller's to check) ----

    /** The outcomes of these lots, oldest first, by lot. */
    public Uni<Map<UUID, List<OutcomeView>>> ofLots(Collection<UUID> lotIds) {
        return grouped("o.stock_lot_id", "o.stock_lot_id in (:ids)", lotIds);
    }

    /** The outcomes of these inventory items (directly, and through the lots received from them), by item. */
    public Uni<Map<UUID, List<OutcomeView>>> ofItems(Collection<UUID> itemIds) {
        return grouped("o.inventory_item_id", "o.inventory_item_id in (:ids)", itemIds);
    }

    /** The outcome of each handed-over reservation among these, by reservation. */
    public Uni<Map<UUID, OutcomeView>> ofReservations(Collection<UUID> reservationIds) {
        return grouped("h.reservation_id", "h.reservation_id in (:ids)", reservationIds).map(found -> {
            Map<UUID, OutcomeView> one = new HashMap<>();
            found.forEach((id, list) -> one.put(id, list.get(0)));
            return one;
        });
    }

    private Uni<Map<UUID, List<OutcomeView>>> grouped(String key, String where, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return Panache.getSession().flatMap(session -> session.createNativeQuery("select " + COLUMNS + ", " + key
                        + " from outcome o left join organisation r on r.id = o.receiver_organisation_id"
                        + " left join handover_record h on h.id = o.handover_record_id"
                        + " where " + where + " order by o.occurred_on, o.created_at, o.id", Object[].class)
                .setParameter("ids", List.copyOf(ids)).getResultList())
                .map(rows -> {
                    Map<UUID, List<OutcomeView>> byKey = new LinkedHashMap<>();
                    for (Object[] row : rows) {
                        byKey.computeIfAbsent((UUID) row[15], k -> new ArrayList<>()).add(view(row));
                    }
                    return byKey;
                });
    }

    private static OutcomeView view(Object[] r) {
        return new OutcomeView((UUID) r[0], Outcome.valueOf((String) r[1]), OutcomeEvent.valueOf((String) r[2]),
                (String) r[3], tidy(decimal(r[4])), (String) r[5], tidy(decimal(r[6])), decimal(r[7]), (String) r[8],
                date(r[9]), (UUID) r[10], (UUID) r[11],
                r[12] == null ? null : new OutcomeView.Receiver((UUID) r[12], (String) r[13], (String) r[14]));
    }

    // ---- reports and backfill -----------------------------------------------------------------------------------

    /** What left the organisation from {@code from} to {@code to}, per period (year, quarter or month). */
    public Uni<OutcomeReport> report(UUID organisationId, OutcomeReport.Organisation organisation, LocalDate from,
                                     LocalDate to, String groupBy) {
        return reports.report(organisationId, organisation, from, to, groupBy);
    }

    /**
     * Maps every leaving event without an outcome onto one (V25's {@code outcome_backfill()}: handovers, picks,
     * disposals, stock-take losses, items closed by hand); idempotent. Returns how many it mapped.
     */
    public Uni<Integer> backfill() {
        return pool.query("select outcome_backfill()").execute()
                .map(rows -> {
                    Row row = rows.iterator().next();
                    return row.getInteger(0);
                });
    }

    static String basis(boolean chosen) {
        return chosen ? "CHOSEN" : "RULE";
    }

    static BigDecimal tidy(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static BigDecimal decimal(Object o) {
        return o == null ? null : o instanceof BigDecimal b ? b : new BigDecimal(o.toString());
    }

    private static LocalDate date(Object o) {
        return o == null ? null : o instanceof LocalDate d ? d
                : o instanceof java.sql.Date s ? s.toLocalDate() : LocalDate.parse(o.toString());
    }
}
