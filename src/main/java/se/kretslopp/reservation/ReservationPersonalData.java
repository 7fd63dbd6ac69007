package se.kretslopp.reservation;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import se.kretslopp.common.RowMaps;
import se.kretslopp.identity.api.DataSubject;
import se.kretslopp.identity.api.PersonalData;
import se.kretslopp.identity.api.PersonalDataPart;

import java.util.List;

/**
 * The reservation feature's part of a person's data: the reservations they made as a buyer, and the handovers they
 * recorded for a seller. Each without the other side's person: a buyer's reservation leaves out who handed it over,
 * a handover leaves out the buyer's name, username, message and destination.
 */
@ApplicationScoped
class ReservationPersonalData implements PersonalData {

    private final Pool pool;

    ReservationPersonalData(Pool pool) {
        this.pool = pool;
    }

    @Override
    public Uni<List<PersonalDataPart>> about(DataSubject person) {
        Tuple who = Tuple.of(person.organisationId(), person.actor());
        return pool.preparedQuery("""
                        select r.id, r.listing_id, l.title as listing_title, r.stock_lot_id, r.seller_organisation_id,
                               r.buyer_organisation_id, r.buyer_username, r.buyer_name, r.quantity, r.message,
                               r.wished_pickup_at, r.status, r.expires_at, r.reject_reason, r.pickup_from, r.pickup_to,
                               r.handed_over_quantity, r.handed_over_on, r.destination_project, r.destination_address,
                               r.created_at, r.updated_at, r.free_text_removed_at
                        from reservation r left join listing l on l.id = r.listing_id
                        where r.buyer_organisation_id = $1 and r.buyer_username = $2
                        order by r.created_at, r.id""").execute(who)
                .map(rows -> new PersonalDataPart("reservations", "reservation", "The reservations you made as a"
                        + " buyer, with your message and what the seller answered.", RowMaps.of(rows)))
                .flatMap(reservations -> pool.preparedQuery("""
                                select r.id as reservation_id, r.listing_id, l.title as listing_title, r.stock_lot_id,
                                       r.seller_organisation_id, r.handed_over_quantity, r.handed_over_on,
                                       r.handed_over_by
                                from reservation r left join listing l on l.id = r.listing_id
                                where r.seller_organisation_id = $1 and r.handed_over_by = $2
                                order by r.handed_over_on, r.id""").execute(who)
                        .map(rows -> List.of(reservations, new PersonalDataPart("handovers", "reservation",
                                "The handovers you recorded for your organisation.", RowMaps.of(rows)))));
    }
}
