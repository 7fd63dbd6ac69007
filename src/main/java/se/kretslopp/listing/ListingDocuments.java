package se.kretslopp.listing;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import se.kretslopp.search.api.ListingDocument;
import se.kretslopp.search.api.ListingDocumentSource;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * Reads listings for the search index straight from PostgreSQL, in one query per batch (the outbox relay and the
 * full reindex read thousands at a time, without a Hibernate session). Whether the listing's organisation is active
 * comes along: the index drops a deactivated organisation's listings, and takes them again when it is reactivated
 * (both change their version).
 */
@ApplicationScoped
class ListingDocuments implements ListingDocumentSource {

    private static final String SELECT = """
            select l.*, o.code as organisation_code, o.name as organisation_name, o.org_group,
                   o.active as organisation_active,
                   c.code as category_code, c.name_sv, c.name_en, c.parent_id,
                   p.name_sv as parent_name_sv, p.name_en as parent_name_en,
                   (select ph.id from photo ph where ph.owner_kind = 'listing' and ph.owner_id = l.id
                     order by ph.created_at, ph.id limit 1) as cover_photo_id
            from listing l
            join organisation o on o.id = l.organisation_id
            join category c on c.id = l.category_id
            left join category p on p.id = c.parent_id
            """;

    private final Pool pool;

    ListingDocuments(Pool pool) {
        this.pool = pool;
    }

    @Override
    public Uni<List<ListingDocument>> byIds(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return pool.preparedQuery(SELECT + " where l.id = any($1)")
                .execute(Tuple.of(ids.toArray(new UUID[0])))
                .map(ListingDocuments::documents);
    }

    @Override
    public Uni<List<ListingDocument>> after(SqlClient client, UUID afterId, int limit) {
        return client.preparedQuery(SELECT + " where l.id > $1 and o.active order by l.id limit $2")
                .execute(Tuple.of(afterId == null ? new UUID(0, 0) : afterId, limit))
                .map(ListingDocuments::documents);
    }

    private static List<ListingDocument> documents(RowSet<Row> rows) {
        List<ListingDocument> documents = new ArrayList<>(rows.size());
        for (Row row : rows) {
            UUID categoryId = row.getUUID("category_id");
            UUID parentId = row.getUUID("parent_id");
            List<UUID> path = parentId == null ? List.of(categoryId) : List.of(parentId, categoryId);
            List<String> names = new ArrayList<>();
            names.add(row.getString("name_sv"));
            names.add(row.getString("name_en"));
            if (parentId != null) {
                names.add(row.getString("parent_name_sv"));
                names.add(row.getString("parent_name_en"));
            }
            UUID cover = row.getUUID("cover_photo_id");
            documents.add(new ListingDocument(row.getUUID("id"), row.getInteger("version"),
                    row.getUUID("organisation_id"), row.getString("organisation_code"),
                    row.getString("organisation_name"), row.getString("org_group"),
                    row.getBoolean("organisation_active"),
                    row.getUUID("inventory_item_id"), row.getUUID("storage_site_id"), categoryId, path,
                    row.getString("category_code"), names, row.getString("title"), row.getString("description"),
                    row.getString("material"), row.getBigDecimal("quantity"), row.getString("unit"),
                    row.getInteger("length_mm"), row.getInteger("width_mm"), row.getInteger("height_mm"),
                    row.getBigDecimal("weight_per_unit_kg"), row.getInteger("condition"),
                    row.getString("price_kind"), row.getBigDecimal("price_sek"), row.getString("city"),
                    row.getDouble("latitude"), row.getDouble("longitude"), row.getLocalDate("available_from"),
                    row.getString("visibility"), row.getLocalDate("public_from"), row.getString("status"),
                    row.getOffsetDateTime("published_at"), row.getLocalDate("expires_on"),
                    cover == null ? null : "/api/v1/photos/" + cover + "/thumbnail"));
        }
        return documents;
    }
}
