package se.kretslopp.search.api;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * Where the search feature reads listings from (PostgreSQL, the source of truth). Implemented by the listing
 * feature as a CDI bean; the outbox relay and the full reindex use it.
 */
public interface ListingDocumentSource {

    /**
     * The current state of these listings, those of deactivated organisations included (the relay deletes them from
     * the index at their version); a listing that no longer exists is simply not in the answer.
     */
    Uni<List<ListingDocument>> byIds(Collection<UUID> ids);

    /**
     * Up to {@code limit} listings of active organisations, ordered by id, starting after {@code afterId} (null: from
     * the first), read on {@code client}: the connection the reindex already holds, so that it never waits for a
     * second one.
     */
    Uni<List<ListingDocument>> after(SqlClient client, UUID afterId, int limit);
}
