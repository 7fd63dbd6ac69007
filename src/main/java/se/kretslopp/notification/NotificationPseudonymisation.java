package se.kretslopp.notification;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import se.kretslopp.identity.api.Pseudonymisation;
import se.kretslopp.identity.api.PseudonymisedPerson;
import se.kretslopp.identity.api.ReplacedRows;

import java.util.List;

/**
 * Notifications carry what one side of a reservation wrote to the other ({@code reason}). Those sent to others about
 * a reservation the person made carry the person's message: it becomes {@link PseudonymisedPerson#REMOVED}. The
 * person's own notifications (what others wrote to them) stay until the retention job removes them.
 */
@ApplicationScoped
class NotificationPseudonymisation implements Pseudonymisation {

    @Override
    public Uni<List<ReplacedRows>> pseudonymise(SqlConnection transaction, PseudonymisedPerson person) {
        return transaction.preparedQuery("""
                        update notification n set reason = $3
                        from reservation r
                        where r.id = n.reservation_id and r.buyer_organisation_id = $1 and r.buyer_username = $2
                          and not (n.recipient_organisation_id = $1 and n.recipient_username = $2)
                          and n.reason is not null and n.reason <> $3""")
                .execute(Tuple.of(person.organisationId(), person.actor(), PseudonymisedPerson.REMOVED))
                .map(rows -> List.of(new ReplacedRows("notification", rows.rowCount())));
    }
}
