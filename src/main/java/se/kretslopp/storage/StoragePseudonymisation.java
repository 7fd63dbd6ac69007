package se.kretslopp.storage;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import se.kretslopp.identity.api.Pseudonymisation;
import se.kretslopp.identity.api.PseudonymisedPerson;
import se.kretslopp.identity.api.ReplacedRows;

import java.util.List;

/**
 * Intakes: the note the person wrote on a delivery they received becomes {@link PseudonymisedPerson#REMOVED}; the
 * deliverer's name on it is another person's and stays. Where the person themselves is named as the deliverer (an
 * intake delivered by their organisation, with their name as it was), that name becomes the pseudonym.
 *
 * <p>The stock ledger ({@code stock_movement}) is not touched, and its append-only trigger has no exception: its
 * {@code actor} is a username, a key that stays, and its {@code reason} says why stock was adjusted or disposed of,
 * about the material (it is not the place to name people, as inventory notes are not).
 */
@ApplicationScoped
class StoragePseudonymisation implements Pseudonymisation {

    @Override
    public Uni<List<ReplacedRows>> pseudonymise(SqlConnection transaction, PseudonymisedPerson person) {
        return transaction.preparedQuery("""
                        update stock_intake set
                            note = case when received_by_organisation_id = $1 and received_by = $2
                                        and note is not null then $3 else note end,
                            delivered_by_name = case when delivered_by_organisation_id = $1 and $4::text is not null
                                        and lower(btrim(delivered_by_name)) = lower(btrim($4::text))
                                        then $5 else delivered_by_name end
                        where (received_by_organisation_id = $1 and received_by = $2
                               and note is not null and note <> $3)
                           or (delivered_by_organisation_id = $1 and $4::text is not null
                               and lower(btrim(delivered_by_name)) = lower(btrim($4::text))
                               and delivered_by_name <> $5)""")
                .execute(Tuple.of(person.organisationId(), person.actor(), PseudonymisedPerson.REMOVED,
                        person.name(), person.pseudonym()))
                .map(rows -> List.of(new ReplacedRows("stock_intake", rows.rowCount())));
    }
}
