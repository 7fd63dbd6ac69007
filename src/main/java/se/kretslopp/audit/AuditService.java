package se.kretslopp.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import se.kretslopp.audit.api.AuditCheck;
import se.kretslopp.audit.api.AuditEntryView;
import se.kretslopp.common.Page;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Reads the audit trail (docs/audit.md): searches for administrators, the history of one record for the features
 * that show it, the chain check; and lets a transaction opened by hand name its author.
 */
@ApplicationScoped
public class AuditService {

    /** The entries with their authors' personal details (kept outside the chain), for a where clause. */
    private static final String SELECT = "select e.*, p.actor_name, p.client_address from audit_entry e"
            + " left join audit_entry_person p on p.entry_id = e.id where ";

    /** Most rows of one CSV export. */
    static final int EXPORT_LIMIT = 100_000;

    private final Pool pool;
    private final AuditContext context;
    private final ObjectMapper json;

    AuditService(Pool pool, AuditContext context, ObjectMapper json) {
        this.pool = pool;
        this.context = context;
        this.json = json;
    }

    /** What to look for; null fields do not filter. {@code organisation}: the actor's or the record's. */
    public record Filter(String resource, String resourceId, String actor, UUID organisation, LocalDate from,
                         LocalDate to) {
    }

    /**
     * Names the author of a transaction opened with {@code Panache.withTransaction} (the interceptor does it for
     * {@code @WithTransaction} methods); call it first inside the transaction.
     */
    public Uni<Void> stampTransaction() {
        return context.stamp();
    }

    /**
     * Names the author of a transaction opened on a plain SQL connection (not Hibernate's session), for the
     * changes made through it; call it first inside the transaction.
     */
    public Uni<Void> stampTransaction(SqlConnection transaction) {
        return context.describe().flatMap(described -> described == null ? Uni.createFrom().voidItem()
                : transaction.preparedQuery("select set_config('kretslopp.audit', $1, true)")
                .execute(Tuple.of(described)).replaceWithVoid());
    }

    /** Entries matching the filter, newest first; {@code scope}: only those of this organisation (null: all). */
    public Uni<Page<AuditEntryView>> search(Filter filter, UUID scope, int page, int size) {
        Query query = Query.of(filter, scope);
        return pool.preparedQuery("select count(*) as total from audit_entry where " + query.where())
                .execute(Tuple.from(query.args()))
                .flatMap(counted -> pool.preparedQuery(SELECT + query.where()
                                + " order by id desc limit " + size + " offset " + (long) page * size)
                        .execute(Tuple.from(query.args()))
                        .map(rows -> new Page<>(views(rows), page, size,
                                counted.iterator().next().getLong("total"))));
    }

    /** The same entries as CSV, oldest first (at most {@value #EXPORT_LIMIT}). */
    public Uni<String> csv(Filter filter, UUID scope) {
        Query query = Query.of(filter, scope);
        return pool.preparedQuery(SELECT + query.where() + " order by id limit "
                        + EXPORT_LIMIT).execute(Tuple.from(query.args()))
                .map(rows -> toCsv(views(rows)));
    }

    /** The history of one record, oldest first; the feature that owns the record decides who may see it. */
    public Uni<List<AuditEntryView>> history(String resource, String resourceId) {
        return pool.preparedQuery(SELECT + "resource = $1 and resource_id = $2 order by id")
                .execute(Tuple.of(resource, resourceId)).map(this::views);
    }

    /** Recomputes the hash chain. */
    public Uni<AuditCheck> check() {
        return pool.query("""
                        select (select count(*) from audit_entry where hash is not null) as sealed,
                               (select count(*) from audit_entry where hash is null) as unsealed,
                               audit_first_break() as first_break,
                               (select chain_position from audit_entry where hash is not null
                                order by chain_position desc limit 1) as head_position,
                               (select hash from audit_entry where hash is not null
                                order by chain_position desc limit 1) as head_hash""").execute()
                .map(rows -> {
                    Row row = rows.iterator().next();
                    Long position = row.getLong("head_position");
                    return new AuditCheck(OffsetDateTime.now(), row.getLong("sealed"), row.getLong("unsealed"),
                            row.getLong("first_break"),
                            position == null ? null : new AuditCheck.Head(position, row.getString("head_hash")));
                });
    }

    private List<AuditEntryView> views(Iterable<Row> rows) {
        List<AuditEntryView> views = new ArrayList<>();
        for (Row row : rows) {
            views.add(new AuditEntryView(row.getLong("id"), row.getOffsetDateTime("occurred_at"),
                    new AuditEntryView.Actor(row.getString("actor_subject"), row.getString("actor_name"),
                            row.getUUID("actor_organisation_id"), row.getString("actor_organisation")),
                    row.getString("request_id"), row.getString("client_address"), row.getString("resource"),
                    row.getString("resource_id"), row.getString("action"), row.getLong("version_before"),
                    row.getLong("version_after"), changes(row), row.getLong("chain_position")));
        }
        return views;
    }

    private com.fasterxml.jackson.databind.JsonNode changes(Row row) {
        Object value = row.getValue("changes");
        try {
            return json.readTree(String.valueOf(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("audit entry " + row.getLong("id") + " holds no JSON", e);
        }
    }

    static String toCsv(List<AuditEntryView> entries) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader("id", "occurredAt",
                "actorSubject", "actorName", "actorOrganisation", "requestId", "clientAddress", "resource",
                "resourceId", "action", "versionBefore", "versionAfter", "changes", "chainPosition").get())) {
            for (AuditEntryView e : entries) {
                csv.printRecord(e.id(), e.occurredAt(), e.actor().subject(), e.actor().name(),
                        e.actor().organisation(), e.requestId(), e.clientAddress(), e.resource(), e.resourceId(),
                        e.action(), e.versionBefore(), e.versionAfter(), e.changes().toString(), e.chainPosition());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** The where clause of a search and its arguments, numbered $1.. in order. */
    record Query(String where, List<Object> args) {

        static Query of(Filter filter, UUID scope) {
            List<String> conditions = new ArrayList<>();
            List<Object> args = new ArrayList<>();
            if (scope != null) {
                args.add(scope);
                conditions.add("(actor_organisation_id = $" + args.size() + " or owner_organisation_id = $"
                        + args.size() + ")");
            }
            if (filter.resource() != null) {
                args.add(filter.resource());
                conditions.add("resource = $" + args.size());
            }
            if (filter.resourceId() != null) {
                args.add(filter.resourceId());
                conditions.add("resource_id = $" + args.size());
            }
            if (filter.actor() != null) {
                args.add(filter.actor());
                conditions.add("actor_subject = $" + args.size());
            }
            if (filter.organisation() != null) {
                args.add(filter.organisation());
                conditions.add("(actor_organisation_id = $" + args.size() + " or owner_organisation_id = $"
                        + args.size() + ")");
            }
            if (filter.from() != null) {
                args.add(filter.from().atStartOfDay(se.kretslopp.common.Today.ZONE).toOffsetDateTime());
                conditions.add("occurred_at >= $" + args.size());
            }
            if (filter.to() != null) {
                args.add(filter.to().plusDays(1).atStartOfDay(se.kretslopp.common.Today.ZONE).toOffsetDateTime());
                conditions.add("occurred_at < $" + args.size());
            }
            return new Query(conditions.isEmpty() ? "true" : String.join(" and ", conditions), args);
        }
    }
}
