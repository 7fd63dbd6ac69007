package se.kretslopp.storage;

import se.kretslopp.common.Message;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import se.kretslopp.common.ProblemException;
import se.kretslopp.common.ProblemType;
import se.kretslopp.identity.CurrentUserService;
import se.kretslopp.identity.api.CurrentUser;
import se.kretslopp.storage.api.AuditReport;
import se.kretslopp.storage.api.LotSummary;
import se.kretslopp.storage.api.Occupancy;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What a storage operator needs to see at a glance (occupancy against capacity, the age of the stock, what does not
 * move) and the audit that recomputes the ledger. Aggregates run as SQL on the pool, outside Hibernate's session.
 */
@ApplicationScoped
public class StockReports {

    private static final String OCCUPANCY = """
            select b.location_id,
                   sum(b.on_hand * l.pallets_per_unit) as pallets,
                   sum(b.on_hand * l.floor_m2_per_unit) as floor_m2,
                   count(*) as lots,
                   min(l.received_at) as oldest,
                   count(*) filter (where l.received_at < $2) as flagged
            from stock_balance b join stock_lot l on l.id = b.lot_id
            where b.site_id = $1
            group by b.location_id
            """;

    private static final String LOT_AGES = """
            select l.received_at from stock_lot l where l.site_id = $1 and l.on_hand > 0
            """;

    /** Every balance and lot total of the organisation's sites whose movements do not add up to it. */
    private static final String AUDIT = """
            with scope as (
                select l.id, l.code, l.on_hand from stock_lot l
                join storage_site s on s.id = l.site_id where s.organisation_id = $1),
            net as (
                select x.lot_id, x.location_id, sum(x.q) as q from (
                    select m.lot_id, m.to_location_id as location_id, m.quantity as q from stock_movement m
                    where m.to_location_id is not null and m.lot_id in (select id from scope)
                    union all
                    select m.lot_id, m.from_location_id, -m.quantity from stock_movement m
                    where m.from_location_id is not null and m.lot_id in (select id from scope)) x
                group by x.lot_id, x.location_id),
            balance as (
                select b.lot_id, b.location_id, b.on_hand from stock_balance b where b.lot_id in (select id from scope))
            select 'BALANCE' as kind, coalesce(n.lot_id, b.lot_id) as lot_id, coalesce(n.location_id, b.location_id)
                       as location_id, coalesce(n.q, 0) as expected, coalesce(b.on_hand, 0) as actual
            from net n full join balance b on b.lot_id = n.lot_id and b.location_id = n.location_id
            where coalesce(n.q, 0) <> coalesce(b.on_hand, 0)
            union all
            select 'LOT_TOTAL', s.id, null, coalesce((select sum(n.q) from net n where n.lot_id = s.id), 0), s.on_hand
            from scope s where s.on_hand <> coalesce((select sum(n.q) from net n where n.lot_id = s.id), 0)
            union all
            select 'LOT_BALANCES', s.id, null, s.on_hand,
                   coalesce((select sum(b.on_hand) from balance b where b.lot_id = s.id), 0)
            from scope s where s.on_hand <> coalesce((select sum(b.on_hand) from balance b where b.lot_id = s.id), 0)
            """;

    private static final String AUDIT_COUNTS = """
            select (select count(*) from stock_lot l join storage_site s on s.id = l.site_id
                     where s.organisation_id = $1) as lots,
                   (select count(*) from stock_balance b join storage_site s on s.id = b.site_id
                     where s.organisation_id = $1) as balances,
                   (select count(*) from stock_movement m join stock_lot l on l.id = m.lot_id
                     join storage_site s on s.id = l.site_id where s.organisation_id = $1) as movements
            """;

    private final Pool pool;
    private final SiteRepository sites;
    private final LocationRepository locations;
    private final LotRepository lots;
    private final StockService stock;
    private final CurrentUserService users;

    StockReports(Pool pool, SiteRepository sites, LocationRepository locations, LotRepository lots,
                 StockService stock, CurrentUserService users) {
        this.pool = pool;
        this.sites = sites;
        this.locations = locations;
        this.lots = lots;
        this.stock = stock;
        this.users = users;
    }

    /**
     * A site's occupancy, in three steps that each use one connection at a time: the site and its locations (a
     * session), the two aggregates (the pool, with no session open: a request that held a session while it waited
     * for a pool connection could starve the pool), and the oldest lots (a session again).
     */
    public Uni<Occupancy> occupancy(UUID siteId) {
        CurrentUser user = users.current();
        return Panache.withSession(() -> sites.findById(siteId).map(site -> StorageAccess.requireManaged(site, user))
                        .flatMap(site -> locations.ofSite(site.id)
                                .map(list -> new SiteLocations(site, StockService.cutoff(site), list))))
                .flatMap(this::figures)
                .flatMap(figures -> Panache.withSession(() -> lots.list("siteId = ?1 and onHand > 0 and receivedAt < ?2",
                                        io.quarkus.panache.common.Sort.by("receivedAt").and("code"), figures.site.id,
                                        figures.cutoff)
                                .flatMap(old -> stock.views(old.size() > 100 ? old.subList(0, 100) : old, user)))
                        .map(views -> figures.with(views.stream().map(StockService::summary).toList())));
    }

    /** The site, the moment before which a lot counts as old (one for every step), and its locations. */
    private record SiteLocations(StorageSite site, OffsetDateTime cutoff, List<StorageLocation> locations) {
    }

    /** The figures of an occupancy but its oldest lots. */
    private record Figures(StorageSite site, OffsetDateTime cutoff, BigDecimal floor, BigDecimal pallets, long lots,
                           long flagged, List<Occupancy.Location> perLocation, List<Occupancy.AgeBucket> ages) {

        Occupancy with(List<LotSummary> oldest) {
            return new Occupancy(site.id, site.ageAlertDays, site.floorCapacityM2, site.palletCapacity, round(floor),
                    round(pallets), lots, flagged, perLocation, ages, oldest);
        }
    }

    private Uni<Figures> figures(SiteLocations found) {
        StorageSite site = found.site();
        return pool.preparedQuery(OCCUPANCY).execute(Tuple.of(site.id, found.cutoff())).flatMap(rows -> {
            Map<UUID, Row> used = new HashMap<>();
            rows.forEach(row -> used.put(row.getUUID("location_id"), row));
            BigDecimal pallets = BigDecimal.ZERO;
            BigDecimal floor = BigDecimal.ZERO;
            List<Occupancy.Location> perLocation = new ArrayList<>();
            for (StorageLocation location : found.locations()) {
                Row row = used.get(location.id);
                BigDecimal p = row == null ? BigDecimal.ZERO : row.getBigDecimal("pallets");
                BigDecimal f = row == null ? BigDecimal.ZERO : row.getBigDecimal("floor_m2");
                pallets = pallets.add(p);
                floor = floor.add(f);
                perLocation.add(new Occupancy.Location(location.id, location.code, location.kind,
                        location.floorCapacityM2, location.palletCapacity, round(f), round(p),
                        row == null ? 0 : row.getLong("lots"),
                        row == null ? null : ageOf(row.getOffsetDateTime("oldest")),
                        row == null ? 0 : row.getLong("flagged")));
            }
            BigDecimal totalPallets = pallets;
            BigDecimal totalFloor = floor;
            return pool.preparedQuery(LOT_AGES).execute(Tuple.of(site.id)).map(ages -> {
                Map<String, Long> buckets = new LinkedHashMap<>();
                for (String label : List.of("0-30", "31-90", "91-180", "181-365", ">365")) {
                    buckets.put(label, 0L);
                }
                long count = 0;
                long flagged = 0;
                for (Row row : ages) {
                    long age = ageOf(row.getOffsetDateTime("received_at"));
                    buckets.merge(bucket(age), 1L, Long::sum);
                    count++;
                    if (age > site.ageAlertDays) {
                        flagged++;
                    }
                }
                return new Figures(site, found.cutoff(), totalFloor, totalPallets, count, flagged, perLocation,
                        buckets.entrySet().stream().map(e -> new Occupancy.AgeBucket(e.getKey(), e.getValue())).toList());
            });
        });
    }

    /** Recomputes every lot's balances from its movements and compares (the sites of the caller's organisation). */
    public Uni<AuditReport> audit() {
        CurrentUser user = users.current();
        if (!StorageAccess.mayRunSites(user)) {
            throw new ProblemException(ProblemType.FORBIDDEN, Message.of("detail.storage.storageOperatorsAdminsAudit"));
        }
        UUID org = user.organisation().id();
        OffsetDateTime checkedAt = OffsetDateTime.now(ZoneOffset.UTC);
        return pool.withTransaction(connection -> connection.preparedQuery("set transaction isolation level repeatable read read only")
                .execute().flatMap(v -> connection.preparedQuery(AUDIT).execute(Tuple.of(org)))
                .flatMap(rows -> connection.preparedQuery(AUDIT_COUNTS).execute(Tuple.of(org)).map(counts -> {
                    List<AuditReport.Discrepancy> found = new ArrayList<>();
                    rows.forEach(row -> found.add(new AuditReport.Discrepancy(row.getUUID("lot_id"), null,
                            row.getUUID("location_id"), row.getString("kind"),
                            StockService.tidy(row.getBigDecimal("expected")),
                            StockService.tidy(row.getBigDecimal("actual")))));
                    Row count = counts.iterator().next();
                    return new AuditReport(checkedAt, count.getLong("lots"), count.getLong("balances"),
                            count.getLong("movements"), found.isEmpty(), found);
                })));
    }

    private static long ageOf(OffsetDateTime receivedAt) {
        return java.time.temporal.ChronoUnit.DAYS.between(
                receivedAt.atZoneSameInstant(se.kretslopp.common.Today.ZONE).toLocalDate(),
                se.kretslopp.common.Today.date());
    }

    private static String bucket(long age) {
        if (age <= 30) {
            return "0-30";
        }
        if (age <= 90) {
            return "31-90";
        }
        if (age <= 180) {
            return "91-180";
        }
        return age <= 365 ? "181-365" : ">365";
    }

    private static BigDecimal round(BigDecimal value) {
        return StockService.tidy(value.setScale(2, java.math.RoundingMode.HALF_UP));
    }
}
