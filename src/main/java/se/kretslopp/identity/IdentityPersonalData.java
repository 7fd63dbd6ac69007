package se.kretslopp.identity;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import se.kretslopp.common.RowMaps;
import se.kretslopp.identity.api.DataSubject;
import se.kretslopp.identity.api.PersonalData;
import se.kretslopp.identity.api.PersonalDataPart;

import java.util.List;

/** The identity feature's part of a person's data: their person record, with their settings. */
@ApplicationScoped
class IdentityPersonalData implements PersonalData {

    private final Pool pool;

    IdentityPersonalData(Pool pool) {
        this.pool = pool;
    }

    @Override
    public Uni<List<PersonalDataPart>> about(DataSubject person) {
        return pool.preparedQuery("select * from person where organisation_id = $1 and username = $2")
                .execute(Tuple.of(person.organisationId(), person.actor()))
                .map(rows -> List.of(new PersonalDataPart("person", "person", "Who you are to Kretslopp (name and"
                        + " email as your sign-in gives them, when you were last seen) and your settings.",
                        RowMaps.of(rows))));
    }
}
