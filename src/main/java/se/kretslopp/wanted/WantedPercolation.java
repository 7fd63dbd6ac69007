package se.kretslopp.wanted;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import se.kretslopp.common.Today;
import se.kretslopp.notification.NotificationService;
import se.kretslopp.notification.api.Recipient;
import se.kretslopp.search.api.ListingDocument;
import se.kretslopp.search.api.WantedCriteria;
import se.kretslopp.search.api.WantedMatchSink;
import se.kretslopp.search.api.WantedSource;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * The wanted feature's side of percolation: the search feature reads requests from here (to store their queries)
 * and reports here which requests a published listing satisfies. A pair is recorded once; the owner of an open
 * request is notified in the same transaction, the owner of a paused one is not. PostgreSQL has the last word: a
 * request closed, expired or deleted a moment ago, or one of an organisation deactivated a moment ago, is never
 * recorded, whatever the index still held.
 */
@ApplicationScoped
class WantedPercolation implements WantedSource, WantedMatchSink {

    private final Pool pool;
    private final NotificationService notifications;

    WantedPercolation(Pool pool, NotificationService notifications) {
        this.pool = pool;
        this.notifications = notifications;
    }

    @Override
    public Uni<List<WantedCriteria>> byIds(Collection<UUID> ids) {
        return pool.preparedQuery("select w.*, o.org_group, o.active as organisation_active" + WantedRow.FROM
                        + " where w.id = any($1)")
                .execute(Tuple.of(ids.toArray(UUID[]::new))).map(WantedPercolation::criteria);
    }

    @Override
    public Uni<List<WantedCriteria>> after(SqlClient client, UUID afterId, int limit) {
        return client.preparedQuery("select w.*, o.org_group, o.active as organisation_active" + WantedRow.FROM
                        + " where w.status in ('OPEN', 'PAUSED') and w.expires_on >= $1 and o.active"
                        + " and ($2::uuid is null or w.id > $2) order by w.id limit $3")
                .execute(Tuple.of(Today.date(), afterId, limit)).map(WantedPercolation::criteria);
    }

    private static List<WantedCriteria> criteria(Iterable<Row> rows) {
        List<WantedCriteria> all = new ArrayList<>();
        rows.forEach(row -> all.add(WantedRow.of(row).criteria(row.getBoolean("organisation_active"))));
        return all;
    }

    @Override
    public Uni<Void> matched(ListingDocument listing, List<UUID> wantedIds) {
        return pool.withTransaction(conn -> conn.preparedQuery("""
                        with candidate as (
                            select w.id, w.organisation_id, w.created_by, w.status,
                                   coalesce(w.text, c.name_sv) as label
                            from wanted_request w join organisation o on o.id = w.organisation_id
                            left join category c on c.id = w.category_id
                            where w.id = any($1) and w.status in ('OPEN', 'PAUSED') and w.expires_on >= $3
                              and w.organisation_id <> $4 and o.active
                        ), recorded as (
                            insert into wanted_match (wanted_request_id, listing_id, notified_at)
                            select id, $2, case when status = 'OPEN' then now() end from candidate
                            on conflict (wanted_request_id, listing_id) do nothing
                            returning wanted_request_id, notified_at
                        )
                        select c.id, c.organisation_id, c.created_by, c.label
                        from recorded r join candidate c on c.id = r.wanted_request_id
                        where r.notified_at is not null""")
                .execute(Tuple.of(wantedIds.toArray(UUID[]::new), listing.id(), Today.date(), listing.organisationId()))
                .flatMap(rows -> {
                    List<NotificationService.WantedAlert> alerts = new ArrayList<>();
                    for (Row row : rows) {
                        alerts.add(new NotificationService.WantedAlert(row.getUUID("id"),
                                new Recipient(row.getUUID("organisation_id"), row.getString("created_by")),
                                row.getString("label")));
                    }
                    return notifications.notifyWantedMatches(conn, listing.id(), listing.title(), listing.quantity(),
                            listing.unit(), alerts);
                }));
    }
}
