package se.kretslopp.listing;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import se.kretslopp.common.RowMaps;
import se.kretslopp.identity.api.DataSubject;
import se.kretslopp.identity.api.PersonalData;
import se.kretslopp.identity.api.PersonalDataPart;

import java.util.List;

/** The listing feature's part of a person's data: the listings they created, with the text they wrote. */
@ApplicationScoped
class ListingPersonalData implements PersonalData {

    private final Pool pool;

    ListingPersonalData(Pool pool) {
        this.pool = pool;
    }

    @Override
    public Uni<List<PersonalDataPart>> about(DataSubject person) {
        return pool.preparedQuery("select * from listing where organisation_id = $1 and created_by = $2"
                        + " order by created_at, id")
                .execute(Tuple.of(person.organisationId(), person.actor()))
                .map(rows -> List.of(new PersonalDataPart("listings", "listing", "The listings you created for your"
                        + " organisation.", RowMaps.of(rows))));
    }
}
