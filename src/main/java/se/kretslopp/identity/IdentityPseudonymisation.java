package se.kretslopp.identity;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import se.kretslopp.identity.api.Pseudonymisation;
import se.kretslopp.identity.api.PseudonymisedPerson;
import se.kretslopp.identity.api.ReplacedRows;

import java.util.List;

/**
 * The person record: the name becomes the pseudonym, the email goes (so no mail reaches them), and the row is
 * marked, so that their token is refused from now on. Username and subject stay: they are the keys the other
 * tables and the audit trail name the person by.
 */
@ApplicationScoped
class IdentityPseudonymisation implements Pseudonymisation {

    @Override
    public Uni<List<ReplacedRows>> pseudonymise(SqlConnection transaction, PseudonymisedPerson person) {
        return transaction.preparedQuery("""
                        update person set name = $3, email = null, email_notifications = false,
                               pseudonym = $3, pseudonymised_at = coalesce(pseudonymised_at, now())
                        where organisation_id = $1 and username = $2
                          and (name is distinct from $3 or email is not null or email_notifications
                               or pseudonym is distinct from $3 or pseudonymised_at is null)""")
                .execute(Tuple.of(person.organisationId(), person.actor(), person.pseudonym()))
                .map(rows -> List.of(new ReplacedRows("person", rows.rowCount())));
    }
}
