package se.kretslopp.audit;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import se.kretslopp.identity.api.Pseudonymisation;
import se.kretslopp.identity.api.PseudonymisedPerson;
import se.kretslopp.identity.api.ReplacedRows;

import java.util.List;

/**
 * The audit trail names the authors of its entries by token subject, inside the hash chain, and keeps their name
 * and client address beside it ({@code audit_entry_person}): the name becomes the pseudonym and the address goes.
 * The chain is untouched, so it still verifies.
 */
@ApplicationScoped
class AuditPseudonymisation implements Pseudonymisation {

    @Override
    public Uni<List<ReplacedRows>> pseudonymise(SqlConnection transaction, PseudonymisedPerson person) {
        return transaction.preparedQuery("""
                        update audit_entry_person p set actor_name = $3, client_address = null
                        from audit_entry e
                        where e.id = p.entry_id and e.actor_subject = $2 and e.actor_organisation_id = $1
                          and (p.actor_name is distinct from $3 or p.client_address is not null)""")
                .execute(Tuple.of(person.organisationId(), person.subject(), person.pseudonym()))
                .map(rows -> List.of(new ReplacedRows("audit_entry_person", rows.rowCount())));
    }
}
