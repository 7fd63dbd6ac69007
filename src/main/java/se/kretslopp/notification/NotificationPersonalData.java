package se.kretslopp.notification;

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
 * The notification feature's part of a person's data: the notifications addressed to them, as the app shows them
 * (with the reason the other side gave, which was written to them), and what became of each one's email.
 */
@ApplicationScoped
class NotificationPersonalData implements PersonalData {

    private final Pool pool;

    NotificationPersonalData(Pool pool) {
        this.pool = pool;
    }

    @Override
    public Uni<List<PersonalDataPart>> about(DataSubject person) {
        return pool.preparedQuery("select * from notification where recipient_organisation_id = $1"
                        + " and recipient_username = $2 order by created_at, id")
                .execute(Tuple.of(person.organisationId(), person.actor()))
                .map(rows -> List.of(new PersonalDataPart("notifications", "notification", "The notifications sent"
                        + " to you, whether you read them and whether their email went out (the mail itself is not"
                        + " kept).", RowMaps.of(rows))));
    }
}
