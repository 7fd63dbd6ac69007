package se.kretslopp.wanted;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import se.kretslopp.identity.api.Pseudonymisation;
import se.kretslopp.identity.api.PseudonymisedPerson;
import se.kretslopp.identity.api.ReplacedRows;

import java.util.List;

/**
 * The wanted requests the person posted: their notes become {@link PseudonymisedPerson#REMOVED}. The words, place
 * and measures say what material the organisation looks for and where; they stay, as the request's matches and
 * the audit trail (which keeps their values in its hash chain) need them.
 */
@ApplicationScoped
class WantedPseudonymisation implements Pseudonymisation {

    @Override
    public Uni<List<ReplacedRows>> pseudonymise(SqlConnection transaction, PseudonymisedPerson person) {
        return transaction.preparedQuery("""
                        update wanted_request set notes = $3, version = version + 1
                        where organisation_id = $1 and created_by = $2 and notes is not null and notes <> $3""")
                .execute(Tuple.of(person.organisationId(), person.actor(), PseudonymisedPerson.REMOVED))
                .map(rows -> List.of(new ReplacedRows("wanted_request", rows.rowCount())));
    }
}
