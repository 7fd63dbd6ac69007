package se.kretslopp.listing;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import se.kretslopp.identity.api.Pseudonymisation;
import se.kretslopp.identity.api.PseudonymisedPerson;
import se.kretslopp.identity.api.ReplacedRows;

import java.util.List;

/**
 * The listings the person created: their pickup instructions, the one text of a listing that is about people (whom
 * to call, when), become {@link PseudonymisedPerson#REMOVED}. Title, description and condition notes describe the
 * material the organisation offers; they stay (the audit trail keeps their values in its hash chain as well).
 */
@ApplicationScoped
class ListingPseudonymisation implements Pseudonymisation {

    @Override
    public Uni<List<ReplacedRows>> pseudonymise(SqlConnection transaction, PseudonymisedPerson person) {
        return transaction.preparedQuery("""
                        update listing set pickup_instructions = $3, version = version + 1
                        where organisation_id = $1 and created_by = $2
                          and pickup_instructions is not null and pickup_instructions <> $3""")
                .execute(Tuple.of(person.organisationId(), person.actor(), PseudonymisedPerson.REMOVED))
                .map(rows -> List.of(new ReplacedRows("listing", rows.rowCount())));
    }
}
