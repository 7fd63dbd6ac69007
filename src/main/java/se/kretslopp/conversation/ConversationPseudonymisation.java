package se.kretslopp.conversation;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import se.kretslopp.identity.api.Pseudonymisation;
import se.kretslopp.identity.api.PseudonymisedPerson;
import se.kretslopp.identity.api.ReplacedRows;

import java.util.ArrayList;
import java.util.List;

/**
 * The messages the person wrote: their name becomes the pseudonym and their text {@link PseudonymisedPerson#REMOVED}
 * (a hidden message's text too); the username stays as the key, so the thread keeps its shape and unread counts. The
 * reasons of their reports are removed, and their read markers deleted.
 */
@ApplicationScoped
class ConversationPseudonymisation implements Pseudonymisation {

    @Override
    public Uni<List<ReplacedRows>> pseudonymise(SqlConnection transaction, PseudonymisedPerson person) {
        List<ReplacedRows> replaced = new ArrayList<>();
        return transaction.preparedQuery("""
                        update conversation_message set author_name = $3, text = $4, version = version + 1
                        where organisation_id = $1 and author_username = $2
                          and (author_name is distinct from $3 or text <> $4)""")
                .execute(Tuple.of(person.organisationId(), person.actor(), person.pseudonym(),
                        PseudonymisedPerson.REMOVED))
                .invoke(rows -> replaced.add(new ReplacedRows("conversation_message", rows.rowCount())))
                .flatMap(v -> transaction.preparedQuery("""
                                update conversation_report set reason = $3
                                where organisation_id = $1 and username = $2 and reason <> $3""")
                        .execute(Tuple.of(person.organisationId(), person.actor(), PseudonymisedPerson.REMOVED)))
                .invoke(rows -> replaced.add(new ReplacedRows("conversation_report", rows.rowCount())))
                .flatMap(v -> transaction.preparedQuery(
                                "delete from conversation_read where organisation_id = $1 and username = $2")
                        .execute(Tuple.of(person.organisationId(), person.actor())))
                .map(rows -> {
                    replaced.add(new ReplacedRows("conversation_read", rows.rowCount()));
                    return replaced;
                });
    }
}
