package se.kretslopp.wanted;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import se.kretslopp.common.RowMaps;
import se.kretslopp.identity.api.DataSubject;
import se.kretslopp.identity.api.PersonalData;
import se.kretslopp.identity.api.PersonalDataPart;

import java.util.List;

/** The wanted feature's part of a person's data: the wanted requests they posted (their alerts go to them). */
@ApplicationScoped
class WantedPersonalData implements PersonalData {

    private final Pool pool;

    WantedPersonalData(Pool pool) {
        this.pool = pool;
    }

    @Override
    public Uni<List<PersonalDataPart>> about(DataSubject person) {
        return pool.preparedQuery("select * from wanted_request where organisation_id = $1 and created_by = $2"
                        + " order by created_at, id")
                .execute(Tuple.of(person.organisationId(), person.actor()))
                .map(rows -> List.of(new PersonalDataPart("wantedRequests", "wanted_request", "The wanted requests"
                        + " you posted, whose matches are sent to you.", RowMaps.of(rows))));
    }
}
