package se.kretslopp.search.api;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * Where the search feature reads wanted requests from (PostgreSQL). Implemented by the wanted feature; the outbox
 * relay and the building of the percolator index use it.
 */
public interface WantedSource {

    /**
     * The current state of these requests (one of a deactivated organisation is not stored); a deleted request is
     * simply not in the answer.
     */
    Uni<List<WantedCriteria>> byIds(Collection<UUID> ids);

    /**
     * Up to {@code limit} live requests ordered by id, after {@code afterId} (null: from the first), read on
     * {@code client}: the connection the index build already holds, so that it never waits for a second one.
     */
    Uni<List<WantedCriteria>> after(SqlClient client, UUID afterId, int limit);
}
