package se.kretslopp.storage;

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
 * The storage feature's part of a person's data: the deliveries they received (without the name of whoever
 * delivered, another person) and the stock movements of the ledger they made.
 */
@ApplicationScoped
class StoragePersonalData implements PersonalData {

    private final Pool pool;

    StoragePersonalData(Pool pool) {
        this.pool = pool;
    }

    @Override
    public Uni<List<PersonalDataPart>> about(DataSubject person) {
        Tuple who = Tuple.of(person.organisationId(), person.actor());
        return pool.preparedQuery("""
                        select id, site_id, delivered_at, delivered_by_organisation_id, note, received_by,
                               received_by_organisation_id, created_at
                        from stock_intake where received_by_organisation_id = $1 and received_by = $2
                        order by delivered_at, id""").execute(who)
                .map(rows -> new PersonalDataPart("stockIntakes", "stock_intake", "The deliveries you received at a"
                        + " storage site, with your note.", RowMaps.of(rows)))
                .flatMap(intakes -> pool.preparedQuery("select * from stock_movement where organisation_id = $1"
                                + " and actor = $2 order by id").execute(who)
                        .map(rows -> List.of(intakes, new PersonalDataPart("stockMovements", "stock_movement",
                                "The stock movements you recorded (the ledger keeps who did what).",
                                RowMaps.of(rows)))));
    }
}
