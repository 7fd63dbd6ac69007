package se.kretslopp.reservation;

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
 * The reservations the person made as a buyer: their name becomes the pseudonym, their message and the
 * destination they gave (also copied into the handover record) become {@link PseudonymisedPerson#REMOVED}. What,
 * how much, when, the state and the buyer's username stay, so holds, handovers and the climate figures do not
 * change. The rejection reason (the seller's, whose author the row does not record) and who handed over (a username)
 * stay. The idempotency records of the person's writes, copies of answers that hold their name and message, are
 * deleted: they only replay an answer for two days.
 */
@ApplicationScoped
class ReservationPseudonymisation implements Pseudonymisation {

    private static final String MINE = "buyer_organisation_id = $1 and buyer_username = $2";

    @Override
    public Uni<List<ReplacedRows>> pseudonymise(SqlConnection transaction, PseudonymisedPerson person) {
        Tuple who = Tuple.of(person.organisationId(), person.actor(), person.pseudonym(), PseudonymisedPerson.REMOVED);
        List<ReplacedRows> replaced = new ArrayList<>();
        return transaction.preparedQuery("""
                        update handover_record h set
                            destination_project = case when h.destination_project is null then null else $3 end,
                            destination_address = case when h.destination_address is null then null else $3 end
                        from reservation r
                        where r.id = h.reservation_id and r.buyer_organisation_id = $1 and r.buyer_username = $2
                          and ((h.destination_project is not null and h.destination_project <> $3)
                               or (h.destination_address is not null and h.destination_address <> $3))""")
                .execute(Tuple.of(person.organisationId(), person.actor(), PseudonymisedPerson.REMOVED))
                .invoke(rows -> replaced.add(new ReplacedRows("handover_record", rows.rowCount())))
                .flatMap(v -> transaction.preparedQuery("""
                                update reservation set buyer_name = $3, version = version + 1,
                                    message = case when message is null then null else $4 end,
                                    destination_project = case when destination_project is null then null else $4 end,
                                    destination_address = case when destination_address is null then null else $4 end
                                where %s
                                  and (buyer_name is distinct from $3
                                       or (message is not null and message <> $4)
                                       or (destination_project is not null and destination_project <> $4)
                                       or (destination_address is not null and destination_address <> $4))"""
                                .formatted(MINE))
                        .execute(who))
                .invoke(rows -> replaced.add(new ReplacedRows("reservation", rows.rowCount())))
                .flatMap(v -> transaction.preparedQuery("delete from idempotency_key where owner = $1")
                        .execute(Tuple.of(person.organisationId() + "/" + person.subject())))
                .map(rows -> {
                    replaced.add(new ReplacedRows("idempotency_key", rows.rowCount()));
                    return replaced;
                });
    }
}
