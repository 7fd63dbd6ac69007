package se.kretslopp.wanted;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import se.kretslopp.category.CategoryService;
import se.kretslopp.category.api.CategoryView;
import se.kretslopp.common.Message;
import se.kretslopp.common.Page;
import se.kretslopp.common.ProblemException;
import se.kretslopp.common.ProblemType;
import se.kretslopp.common.Today;
import se.kretslopp.identity.CurrentUserService;
import se.kretslopp.identity.api.CurrentUser;
import se.kretslopp.inventory.FutureSupplyService;
import se.kretslopp.inventory.api.FutureSupply;
import se.kretslopp.inventory.api.SupplyQuery;
import se.kretslopp.search.WantedSearchService;
import se.kretslopp.search.api.SupplyHit;
import se.kretslopp.wanted.api.WantedMatch;
import se.kretslopp.wanted.api.WantedRequestBody;
import se.kretslopp.wanted.api.WantedStatus;
import se.kretslopp.wanted.api.WantedView;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Wanted requests: what buyers need. Each belongs to the organisation of the person who posted it; everybody of
 * that organisation sees and changes it, nobody else (404). Alerts go to the person who posted it.
 */
@ApplicationScoped
public class WantedService {

    static final int MATCHES = 50;

    private final Pool pool;
    private final CurrentUserService users;
    private final CategoryService categories;
    private final WantedSearchService search;
    private final FutureSupplyService futureSupply;

    WantedService(Pool pool, CurrentUserService users, CategoryService categories, WantedSearchService search,
                  FutureSupplyService futureSupply) {
        this.pool = pool;
        this.users = users;
        this.categories = categories;
        this.search = search;
        this.futureSupply = futureSupply;
    }

    public Uni<WantedView> create(WantedRequestBody body) {
        CurrentUser user = users.current();
        return categories.all().flatMap(cats -> {
            WantedFields f = WantedFields.of(body, cats.keySet(), null);
            UUID id = UUID.randomUUID();
            return pool.preparedQuery("""
                            insert into wanted_request (id, organisation_id, created_by, text, notes, category_id,
                                quantity, unit, length_min_mm, length_max_mm, width_min_mm, width_max_mm,
                                height_min_mm, height_max_mm, condition_max, place, latitude, longitude, within_km,
                                needed_by, price_max_sek, accept_future, expires_on)
                            values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18,
                                $19, $20, $21, $22, $23)""")
                    .execute(fieldTuple(f, Tuple.tuple().addUUID(id).addUUID(user.organisation().id())
                            .addString(user.username())))
                    .flatMap(x -> get(id));
        });
    }

    public Uni<Page<WantedView>> listMine(WantedStatus status, int page, int size) {
        CurrentUser user = users.current();
        String where = " where w.organisation_id = $1 and ($2::text is null or w.status = $2)";
        Tuple args = Tuple.of(user.organisation().id(), status == null ? null : status.name());
        return pool.preparedQuery("select count(*) as total" + WantedRow.FROM + where).execute(args)
                .flatMap(count -> pool.preparedQuery("select " + WantedRow.COLUMNS + WantedRow.FROM + where
                                + " order by w.created_at desc, w.id limit $3 offset $4")
                        .execute(Tuple.of(user.organisation().id(), status == null ? null : status.name(), size,
                                page * size))
                        .flatMap(rows -> categories.all().map(cats -> new Page<>(views(rows, cats, user), page, size,
                                count.iterator().next().getLong("total")))));
    }

    public Uni<WantedView> get(UUID id) {
        CurrentUser user = users.current();
        return own(id, user).flatMap(row -> categories.all().map(cats -> view(row, cats, user)));
    }

    /**
     * A wanted request that another organisation may offer to (a conversation's subject): open or paused. Empty for
     * one that does not exist or has ended, so that ids reveal nothing more than the offer would.
     */
    public Uni<java.util.Optional<se.kretslopp.wanted.api.WantedSubject>> offerable(UUID id) {
        return pool.preparedQuery("select id, organisation_id, created_by, text, status from wanted_request"
                        + " where id = $1 and status in ('OPEN', 'PAUSED')").execute(Tuple.of(id))
                .map(rows -> {
                    var it = rows.iterator();
                    if (!it.hasNext()) {
                        return java.util.Optional.empty();
                    }
                    Row r = it.next();
                    return java.util.Optional.of(new se.kretslopp.wanted.api.WantedSubject(r.getUUID("id"),
                            r.getUUID("organisation_id"), r.getString("created_by"), r.getString("text"),
                            WantedStatus.valueOf(r.getString("status"))));
                });
    }

    public Uni<WantedView> update(UUID id, Integer expectedVersion, WantedRequestBody body) {
        CurrentUser user = users.current();
        return own(id, user).flatMap(row -> {
            if (row.status() == WantedStatus.CLOSED) {
                throw new ProblemException(ProblemType.CONFLICT,
                        Message.of("detail.wanted.closedRequestCannotChanged"));
            }
            return categories.all().flatMap(cats -> {
                WantedFields f = WantedFields.of(body, cats.keySet(), row.expiresOn());
                Tuple args = fieldTuple(f, Tuple.tuple().addUUID(id).addUUID(user.organisation().id())
                        .addString(null));
                args.addInteger(expectedVersion);
                return pool.preparedQuery("""
                                update wanted_request set text = $4, notes = $5, category_id = $6, quantity = $7,
                                    unit = $8, length_min_mm = $9, length_max_mm = $10, width_min_mm = $11,
                                    width_max_mm = $12, height_min_mm = $13, height_max_mm = $14, condition_max = $15,
                                    place = $16, latitude = $17, longitude = $18, within_km = $19, needed_by = $20,
                                    price_max_sek = $21, accept_future = $22, expires_on = $23,
                                    status = case when status = 'EXPIRED' then 'OPEN' else status end,
                                    version = version + 1, updated_at = now()
                                where id = $1 and organisation_id = $2 and ($24::int is null or version = $24)
                                  and status <> 'CLOSED' and $3::text is null""")
                        .execute(args).flatMap(rows -> {
                            if (rows.rowCount() == 0) {
                                throw new ProblemException(ProblemType.PRECONDITION_FAILED,
                                        Message.of("detail.wanted.requestChangedMeanwhileReload"));
                            }
                            return get(id);
                        });
            });
        });
    }

    public enum Change { PAUSE, RESUME, CLOSE, RENEW }

    /**
     * Pauses (matches are recorded, nobody is alerted), resumes, closes (its stored query goes at once) or renews
     * (another 90 days from today; an expired request opens again) a request.
     */
    public Uni<WantedView> change(UUID id, Change change) {
        CurrentUser user = users.current();
        return own(id, user).flatMap(row -> {
            String set;
            switch (change) {
                case PAUSE -> {
                    require(row.status() == WantedStatus.OPEN || row.status() == WantedStatus.PAUSED, "Only an open request can be paused.");
                    set = "status = 'PAUSED'";
                }
                case RESUME -> {
                    require(row.status() == WantedStatus.OPEN || row.status() == WantedStatus.PAUSED, "Only a paused request can be resumed.");
                    set = "status = 'OPEN'";
                }
                case CLOSE -> set = "status = 'CLOSED', closed_at = coalesce(closed_at, now())";
                default -> {
                    require(row.status() != WantedStatus.CLOSED, "A closed request cannot be renewed; post a new one.");
                    set = "status = case when status = 'EXPIRED' then 'OPEN' else status end, expires_on = $3";
                }
            }
            Tuple args = Tuple.of(id, user.organisation().id());
            if (change == Change.RENEW) {
                args.addLocalDate(Today.date().plus(WantedFields.LIFETIME));
            }
            return pool.preparedQuery("update wanted_request set " + set + ", version = version + 1,"
                            + " updated_at = now() where id = $1 and organisation_id = $2").execute(args)
                    .flatMap(x -> change == Change.CLOSE ? search.removeNow(id) : Uni.createFrom().voidItem())
                    .flatMap(x -> get(id));
        });
    }

    /** Deletes a request with its recorded matches; its stored query goes at once. */
    public Uni<Void> delete(UUID id, Integer expectedVersion) {
        CurrentUser user = users.current();
        return own(id, user).flatMap(row -> pool.preparedQuery("""
                        delete from wanted_request
                        where id = $1 and organisation_id = $2 and ($3::int is null or version = $3)""")
                .execute(Tuple.of(id, user.organisation().id(), expectedVersion))
                .invoke(rows -> {
                    if (rows.rowCount() == 0) { // stale If-Match, or a change between the read and the delete
                        throw new ProblemException(ProblemType.PRECONDITION_FAILED,
                                Message.of("detail.wanted.someoneElseChangedRequest", row.version()));
                    }
                }))
                .flatMap(x -> search.removeNow(id));
    }

    /**
     * The best supply for a request now, ranked (see {@link MatchRanking}): listings its organisation may see,
     * near misses included and marked, and when the request welcomes it, future supply from inventories.
     */
    public Uni<List<WantedMatch>> matches(UUID id) {
        CurrentUser user = users.current();
        // the caller's organisation is active, or the request would have been refused
        return own(id, user).flatMap(row -> categories.all().flatMap(cats -> search
                .supplyFor(row.criteria(true), MATCHES)
                .flatMap(hits -> (row.acceptFuture() ? futureSupply.find(supplyQuery(row, cats, user))
                        : Uni.createFrom().item(List.<FutureSupply>of()))
                        .flatMap(future -> recorded(id).map(pairs -> rank(row, hits, future, pairs, cats))))));
    }

    private List<WantedMatch> rank(WantedRow row, List<SupplyHit> hits, List<FutureSupply> future,
                                   Map<UUID, OffsetDateTime[]> recorded, Map<UUID, CategoryView> cats) {
        double best = hits.stream().filter(h -> h.relevance() != null).mapToDouble(SupplyHit::relevance).max().orElse(0);
        List<WantedMatch> all = new ArrayList<>();
        for (SupplyHit h : hits) {
            MatchRanking.Ranked r = MatchRanking.rank(row, best, h.relevance(), false, h.categoryId(), h.quantity(),
                    h.unit(), h.lengthMm(), h.widthMm(), h.heightMm(), h.condition(), h.priceKind(), h.priceSek(),
                    h.latitude(), h.longitude(), h.availableFrom(), false);
            OffsetDateTime[] pair = recorded.get(h.id());
            all.add(new WantedMatch(WantedMatch.Kind.LISTING, h.id(), null, h.title(), h.organisationName(),
                    category(cats, h.categoryId()), h.quantity(), h.unit(), h.lengthMm(), h.widthMm(), h.heightMm(),
                    h.condition(), h.priceKind(), h.priceSek(), h.city(), r.distanceKm(), h.availableFrom(), false,
                    r.exact(), r.score(), r.reasons(), pair == null ? null : pair[0], pair == null ? null : pair[1],
                    h.thumbnailUrl()));
        }
        for (FutureSupply f : future) {
            MatchRanking.Ranked r = MatchRanking.rank(row, best, null, f.nameMatched(), f.categoryId(), f.quantity(),
                    f.unit(), f.lengthMm(), f.widthMm(), f.heightMm(), f.condition(), null, null, f.latitude(),
                    f.longitude(), f.expectedFrom(), true);
            all.add(new WantedMatch(WantedMatch.Kind.FUTURE_ITEM, null, f.itemId(), f.name(), f.organisationName(),
                    category(cats, f.categoryId()), f.quantity(), f.unit(), f.lengthMm(), f.widthMm(), f.heightMm(),
                    f.condition(), null, null, f.city(), r.distanceKm(), f.expectedFrom(), true, r.exact(), r.score(),
                    r.reasons(), null, null, null));
        }
        all.sort(Comparator.comparing(WantedMatch::exact).reversed()
                .thenComparing(Comparator.comparingInt(WantedMatch::score).reversed()));
        return all.size() > MATCHES ? all.subList(0, MATCHES) : all;
    }

    /** The future-supply query of a request: its category with its sub-categories, or its word stems. */
    static SupplyQuery supplyQuery(WantedRow row, Map<UUID, CategoryView> cats, CurrentUser user) {
        List<UUID> ids = new ArrayList<>();
        if (row.categoryId() != null) {
            ids.add(row.categoryId());
            cats.values().stream().filter(c -> row.categoryId().equals(c.parentId())).forEach(c -> ids.add(c.id()));
        }
        return new SupplyQuery(ids, stems(row.text()), row.conditionMax(), row.lengthMin(), row.lengthMax(),
                row.widthMin(), row.widthMax(), row.heightMin(), row.heightMax(), row.latitude(), row.longitude(),
                row.withinKm(), row.neededBy(), user == null ? row.organisationId() : user.organisation().id(),
                MATCHES);
    }

    /**
     * Rough Swedish stems of the request's words for the future-supply match in SQL: letters only, four or more,
     * without a plural or definite ending ("dörrar" → "dörr", "innerdörr" → "innerdörr" and its last part "dörr").
     */
    static List<String> stems(String text) {
        List<String> stems = new ArrayList<>();
        if (text == null) {
            return stems;
        }
        for (String word : text.toLowerCase(Locale.forLanguageTag("sv")).split("[^\\p{L}]+")) {
            if (word.length() < 4) {
                continue;
            }
            String stem = word.replaceAll("(arna|erna|orna|ar|er|or|en|et|na)$", "");
            stems.add(stem.length() >= 4 ? stem : word);
            if (stem.length() > 6) {
                stems.add(stem.substring(stem.length() - 4)); // the last part of a compound, roughly
            }
        }
        return stems;
    }

    private Uni<Map<UUID, OffsetDateTime[]>> recorded(UUID id) {
        return pool.preparedQuery("select listing_id, matched_at, notified_at from wanted_match"
                        + " where wanted_request_id = $1").execute(Tuple.of(id))
                .map(rows -> {
                    Map<UUID, OffsetDateTime[]> pairs = new HashMap<>();
                    rows.forEach(r -> pairs.put(r.getUUID("listing_id"), new OffsetDateTime[]{
                            r.getOffsetDateTime("matched_at"), r.getOffsetDateTime("notified_at")}));
                    return pairs;
                });
    }

    /** A request of the caller's organisation; any other is "not found". */
    Uni<WantedRow> own(UUID id, CurrentUser user) {
        return pool.preparedQuery("select " + WantedRow.COLUMNS + WantedRow.FROM
                        + " where w.id = $1 and w.organisation_id = $2")
                .execute(Tuple.of(id, user.organisation().id()))
                .map(rows -> {
                    if (rows.size() == 0) {
                        throw new ProblemException(ProblemType.NOT_FOUND, Message.of("notFound.wantedRequest"));
                    }
                    return WantedRow.of(rows.iterator().next());
                });
    }

    private static void require(boolean condition, String detail) {
        if (!condition) {
            throw new ProblemException(ProblemType.CONFLICT, detail);
        }
    }

    private static Tuple fieldTuple(WantedFields f, Tuple first) {
        return first.addString(f.text()).addString(f.notes()).addUUID(f.categoryId()).addValue(f.quantity())
                .addString(f.unit()).addInteger(f.lengthMin()).addInteger(f.lengthMax()).addInteger(f.widthMin())
                .addInteger(f.widthMax()).addInteger(f.heightMin()).addInteger(f.heightMax())
                .addValue(f.conditionMax() == null ? null : f.conditionMax().shortValue()).addString(f.place())
                .addDouble(f.latitude()).addDouble(f.longitude())
                .addValue(f.withinKm() == null ? null : java.math.BigDecimal.valueOf(f.withinKm()))
                .addLocalDate(f.neededBy()).addValue(f.priceMaxSek()).addBoolean(f.acceptFuture())
                .addLocalDate(f.expiresOn());
    }

    private static List<WantedView> views(RowSet<Row> rows, Map<UUID, CategoryView> cats, CurrentUser user) {
        List<WantedView> views = new ArrayList<>();
        rows.forEach(r -> views.add(view(WantedRow.of(r), cats, user)));
        return views;
    }

    private static WantedView view(WantedRow w, Map<UUID, CategoryView> cats, CurrentUser user) {
        CategoryView c = w.categoryId() == null ? null : cats.get(w.categoryId());
        return new WantedView(w.id(), new WantedView.OrganisationRef(user.organisation().id(),
                user.organisation().code(), user.organisation().name()), w.createdBy(), w.text(), w.notes(),
                c == null ? null : new WantedView.CategoryRef(c.id(), c.code(), c.nameSv(), c.nameEn()),
                w.quantity() == null ? null : w.quantity().stripTrailingZeros().scale() < 0
                        ? w.quantity().setScale(0) : w.quantity().stripTrailingZeros(),
                w.unit() == null ? null : WantedRequestBody.Unit.valueOf(w.unit()),
                new WantedView.Dimensions(new WantedView.Range(w.lengthMin(), w.lengthMax()),
                        new WantedView.Range(w.widthMin(), w.widthMax()),
                        new WantedView.Range(w.heightMin(), w.heightMax())),
                w.conditionMax(), w.place() == null && w.latitude() == null ? null
                        : new WantedRequestBody.Place(w.place(), w.latitude(), w.longitude()),
                w.withinKm(), w.neededBy(), w.priceMaxSek(), w.acceptFuture(),
                w.live() || w.status() == WantedStatus.CLOSED ? w.status() : WantedStatus.EXPIRED, w.expiresOn(),
                w.matchCount(), w.version(), w.createdAt(), w.updatedAt());
    }

    private static WantedMatch.CategoryRef category(Map<UUID, CategoryView> cats, UUID id) {
        CategoryView c = cats.get(id);
        return c == null ? null : new WantedMatch.CategoryRef(c.id(), c.code(), c.nameSv(), c.nameEn());
    }
}
