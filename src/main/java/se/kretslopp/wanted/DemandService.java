package se.kretslopp.wanted;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import se.kretslopp.category.CategoryService;
import se.kretslopp.category.api.CategoryView;
import se.kretslopp.common.Message;
import se.kretslopp.common.ProblemException;
import se.kretslopp.common.ProblemType;
import se.kretslopp.common.Roles;
import se.kretslopp.common.Today;
import se.kretslopp.identity.CurrentUserService;
import se.kretslopp.identity.api.CurrentUser;
import se.kretslopp.inventory.BuildingService;
import se.kretslopp.inventory.InventoryItemService;
import se.kretslopp.inventory.api.BuildingView;
import se.kretslopp.inventory.api.ItemView;
import se.kretslopp.listing.ListingService;
import se.kretslopp.search.WantedSearchService;
import se.kretslopp.wanted.api.DemandOverview;
import se.kretslopp.wanted.api.ItemDemand;
import se.kretslopp.wanted.api.MatchingWanted;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Demand as the supply side sees it: who wants a listing (organisations, never persons), how many open requests an
 * inventory item would satisfy, and open requests by category and area for those who plan dismantling and
 * storage (property units, contractors, storage operators, admins).
 */
@ApplicationScoped
public class DemandService {

    /** Areas of the overview: cells of 0.2° (about 22 km north–south, 12 km east–west in Kalmar). */
    static final double CELL_DEGREES = 0.2;

    private final Pool pool;
    private final CurrentUserService users;
    private final CategoryService categories;
    private final ListingService listings;
    private final InventoryItemService items;
    private final BuildingService buildings;
    private final WantedSearchService search;

    DemandService(Pool pool, CurrentUserService users, CategoryService categories, ListingService listings,
                  InventoryItemService items, BuildingService buildings, WantedSearchService search) {
        this.pool = pool;
        this.users = users;
        this.categories = categories;
        this.listings = listings;
        this.items = items;
        this.buildings = buildings;
        this.search = search;
    }

    /** Open requests of other organisations that this listing of the caller's organisation satisfies. */
    public Uni<List<MatchingWanted>> matchingWanted(UUID listingId) {
        CurrentUser user = users.current();
        return listings.get(listingId).flatMap(listing -> {
            if (!listing.organisation().id().equals(user.organisation().id())) {
                throw new ProblemException(ProblemType.NOT_FOUND, Message.of("notFound.listing"));
            }
            return search.wantedFor(listingId);
        }).flatMap(ids -> ids.isEmpty() ? Uni.createFrom().item(List.<MatchingWanted>of())
                : pool.preparedQuery("select w.*, o.name as organisation_name, c.name_sv" + FROM
                                + " where w.id = any($1) and w.status = 'OPEN' and w.expires_on >= $2"
                                + " and w.organisation_id <> $3 order by w.needed_by nulls last, w.created_at")
                        .execute(Tuple.of(ids.toArray(UUID[]::new), Today.date(), user.organisation().id()))
                        .map(DemandService::matchingWanted));
    }

    private static final String FROM = " from wanted_request w join organisation o on o.id = w.organisation_id"
            + " left join category c on c.id = w.category_id";

    private static List<MatchingWanted> matchingWanted(Iterable<Row> rows) {
        List<MatchingWanted> found = new ArrayList<>();
        for (Row r : rows) {
            BigDecimal quantity = r.getBigDecimal("quantity");
            String text = r.getString("text");
            found.add(new MatchingWanted(r.getUUID("id"), r.getString("organisation_name"),
                    text != null ? text : r.getString("name_sv"), r.getUUID("category_id"),
                    tidy(quantity),
                    r.getString("unit"), r.getLocalDate("needed_by"), r.getString("place"),
                    r.getOffsetDateTime("created_at")));
        }
        return found;
    }

    /**
     * Open requests of other organisations that welcome future supply and that this inventory item would satisfy:
     * the same criteria as the future supply of a request's matches, in SQL. Whoever may read the item may ask.
     */
    public Uni<ItemDemand> itemDemand(UUID itemId) {
        return items.get(itemId).flatMap(item -> buildings.get(item.buildingId())
                .flatMap(building -> categories.all().flatMap(cats -> demandOf(List.of(item), building, cats))
                        .map(all -> all.get(0))));
    }

    /** The open-request count of every item of a building (its inventory list shows them). */
    public Uni<Map<UUID, Long>> buildingDemand(UUID buildingId) {
        return buildings.get(buildingId).flatMap(building -> items.allOf(buildingId)
                .flatMap(list -> categories.all().flatMap(cats -> demandOf(list, building, cats))))
                .map(all -> {
                    Map<UUID, Long> counts = new LinkedHashMap<>();
                    all.forEach(d -> counts.put(d.itemId(), d.openRequests()));
                    return counts;
                });
    }

    private Uni<List<ItemDemand>> demandOf(List<ItemView> list, BuildingView building, Map<UUID, CategoryView> cats) {
        Double lat = building.position() == null ? null : building.position().lat();
        Double lon = building.position() == null ? null : building.position().lon();
        LocalDate start = building.dismantlingWindow() == null ? null : building.dismantlingWindow().from();
        // only requests of the items' categories (or their parents) or of none: not every open request there is
        java.util.Set<UUID> categoryIds = new java.util.HashSet<>();
        for (ItemView item : list) {
            categoryIds.add(item.category().id());
            CategoryView c = cats.get(item.category().id());
            if (c != null && c.parentId() != null) {
                categoryIds.add(c.parentId());
            }
        }
        return pool.preparedQuery("select w.*, o.name as organisation_name, c.name_sv" + FROM
                        + " where w.status = 'OPEN' and w.expires_on >= $1 and w.accept_future"
                        + " and w.organisation_id <> $2 and (w.category_id is null or w.category_id = any($3))")
                .execute(Tuple.of(Today.date(), building.organisation().id(), categoryIds.toArray(UUID[]::new)))
                .map(rows -> {
                    List<Row> open = new ArrayList<>();
                    rows.forEach(open::add);
                    List<ItemDemand> result = new ArrayList<>();
                    for (ItemView item : list) {
                        List<Row> satisfied = new ArrayList<>();
                        for (Row w : open) {
                            if (satisfies(w, item, cats, lat, lon, start)) {
                                satisfied.add(w);
                            }
                        }
                        result.add(new ItemDemand(item.id(), satisfied.size(), matchingWanted(satisfied)));
                    }
                    return result;
                });
    }

    /** Whether an item satisfies a request: the rules of {@code FutureSupplyService}, seen from the item. */
    static boolean satisfies(Row w, ItemView item, Map<UUID, CategoryView> cats, Double lat, Double lon,
                             LocalDate dismantlingFrom) {
        if (item.fate() == null || !item.fate().name().equals("REUSE") || "CONTAINS".equals(hazard(item))) {
            return false;
        }
        UUID wantedCategory = w.getUUID("category_id");
        CategoryView itemCategory = cats.get(item.category().id());
        if (wantedCategory != null && !wantedCategory.equals(item.category().id())
                && (itemCategory == null || !wantedCategory.equals(itemCategory.parentId()))) {
            return false;
        }
        if (wantedCategory == null) {
            String haystack = (item.name() + " " + Objects.toString(item.material(), "") + " "
                    + item.category().nameSv()).toLowerCase(Locale.forLanguageTag("sv"));
            List<String> stems = WantedService.stems(w.getString("text"));
            if (stems.isEmpty() || !stems.stream().allMatch(haystack::contains)) {
                return false;
            }
        }
        Integer max = w.getInteger("condition_max");
        if (max != null && item.condition() > max) {
            return false;
        }
        var d = item.dimensions();
        if (!within(d == null ? null : d.lengthMm(), w, "length") || !within(d == null ? null : d.widthMm(), w, "width")
                || !within(d == null ? null : d.heightMm(), w, "height")) {
            return false;
        }
        BigDecimal km = w.getBigDecimal("within_km");
        if (km != null && (lat == null || MatchRanking.distanceKm(w.getDouble("latitude"), w.getDouble("longitude"),
                lat, lon) > km.doubleValue())) {
            return false;
        }
        LocalDate needed = w.getLocalDate("needed_by");
        LocalDate expected = item.availableFrom() != null ? item.availableFrom() : dismantlingFrom;
        if (expected != null && dismantlingFrom != null && dismantlingFrom.isAfter(expected)) {
            expected = dismantlingFrom;
        }
        return needed == null || expected == null || !expected.isAfter(needed);
    }

    private static String hazard(ItemView item) {
        return item.hazard() == null || item.hazard().check() == null ? null : item.hazard().check().name();
    }

    private static boolean within(Integer value, Row w, String name) {
        Integer min = w.getInteger(name + "_min_mm");
        Integer max = w.getInteger(name + "_max_mm");
        if (min == null && max == null) {
            return true;
        }
        return value != null && (min == null || value >= min) && (max == null || value <= max);
    }

    /** Open requests by category and area; only for the supply side. */
    public Uni<DemandOverview> overview(UUID categoryId) {
        CurrentUser user = users.current();
        if (!(user.hasRole(Roles.PROPERTY_UNIT) || user.hasRole(Roles.CONTRACTOR)
                || user.hasRole(Roles.STORAGE_OPERATOR) || user.hasRole(Roles.ADMIN))) {
            throw new ProblemException(ProblemType.FORBIDDEN,
                    Message.of("detail.wanted.demandOverviewPropertyUnits"));
        }
        return categories.all().flatMap(cats -> {
            List<UUID> ids = new ArrayList<>();
            if (categoryId != null) {
                ids.add(categoryId);
                cats.values().stream().filter(c -> categoryId.equals(c.parentId())).forEach(c -> ids.add(c.id()));
            }
            return pool.preparedQuery("""
                            select w.category_id, floor(w.latitude / $2) as cy, floor(w.longitude / $2) as cx,
                                   w.unit, count(*) as requests, sum(w.quantity) as quantity,
                                   sum(w.latitude) as lat_sum, sum(w.longitude) as lon_sum, min(w.needed_by) as needed,
                                   string_agg(distinct w.place, ', ') as places
                            from wanted_request w
                            where w.status = 'OPEN' and w.expires_on >= $1
                              and (cardinality($3::uuid[]) = 0 or w.category_id = any($3))
                            group by 1, 2, 3, 4""")
                    .execute(Tuple.of(Today.date(), CELL_DEGREES, ids.toArray(UUID[]::new)))
                    .map(rows -> overview(rows, cats));
        });
    }

    private static DemandOverview overview(Iterable<Row> rows, Map<UUID, CategoryView> cats) {
        record Key(UUID category, Double cy, Double cx) {
        }
        class Acc {
            long requests;
            long located;
            double lat;
            double lon;
            LocalDate needed;
            final List<DemandOverview.Amount> amounts = new ArrayList<>();
            final java.util.TreeSet<String> places = new java.util.TreeSet<>();
        }
        Map<Key, Acc> byKey = new LinkedHashMap<>();
        long total = 0;
        for (Row r : rows) {
            Key key = new Key(r.getUUID("category_id"), number(r, "cy"), number(r, "cx"));
            Acc acc = byKey.computeIfAbsent(key, k -> new Acc());
            long n = r.getLong("requests");
            acc.requests += n;
            total += n;
            if (key.cy() != null) {
                acc.located += n;
                acc.lat += number(r, "lat_sum");
                acc.lon += number(r, "lon_sum");
            }
            LocalDate needed = r.getLocalDate("needed");
            if (needed != null && (acc.needed == null || needed.isBefore(acc.needed))) {
                acc.needed = needed;
            }
            if (r.getString("unit") != null) {
                acc.amounts.add(new DemandOverview.Amount(tidy(r.getBigDecimal("quantity")), r.getString("unit")));
            }
            if (r.getString("places") != null) {
                for (String place : r.getString("places").split(", ")) {
                    acc.places.add(place);
                }
            }
        }
        List<DemandOverview.Row> list = new ArrayList<>();
        byKey.forEach((key, acc) -> {
            CategoryView c = key.category() == null ? null : cats.get(key.category());
            list.add(new DemandOverview.Row(key.category(), c == null ? null : c.code(), c == null ? null : c.nameSv(),
                    c == null ? null : c.nameEn(), acc.places.isEmpty() ? null : String.join(", ", acc.places),
                    acc.located == 0 ? null : acc.lat / acc.located, acc.located == 0 ? null : acc.lon / acc.located,
                    acc.requests, acc.amounts, acc.needed));
        });
        list.sort((a, b) -> Long.compare(b.requests(), a.requests()));
        return new DemandOverview(total, list);
    }

    static BigDecimal tidy(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static Double number(Row r, String column) {
        Object value = r.getValue(column);
        return value == null ? null : ((Number) value).doubleValue();
    }
}
