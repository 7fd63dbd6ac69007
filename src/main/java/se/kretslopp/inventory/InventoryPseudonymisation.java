package se.kretslopp.inventory;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import se.kretslopp.identity.api.Pseudonymisation;
import se.kretslopp.identity.api.PseudonymisedPerson;
import se.kretslopp.identity.api.ReplacedRows;

import java.util.List;

/**
 * Buildings of the person's organisation whose contact is the person (by their email): the contact's name becomes
 * the pseudonym, the email and phone go. Contacts who are not users are the organisation's to correct.
 */
@ApplicationScoped
class InventoryPseudonymisation implements Pseudonymisation {

    @Override
    public Uni<List<ReplacedRows>> pseudonymise(SqlConnection transaction, PseudonymisedPerson person) {
        if (person.email() == null || person.email().isBlank()) {
            return Uni.createFrom().item(List.of(new ReplacedRows("building", 0)));
        }
        return transaction.preparedQuery("""
                        update building set contact_name = $3, contact_email = null, contact_phone = null,
                               version = version + 1
                        where organisation_id = $1 and lower(btrim(contact_email)) = lower(btrim($2))""")
                .execute(Tuple.of(person.organisationId(), person.email(), person.pseudonym()))
                .map(rows -> List.of(new ReplacedRows("building", rows.rowCount())));
    }
}
