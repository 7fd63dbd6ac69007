package se.kretslopp.photo;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import se.kretslopp.identity.api.Pseudonymisation;
import se.kretslopp.identity.api.PseudonymisedPerson;
import se.kretslopp.identity.api.ReplacedRows;

import java.util.List;

/**
 * The photos the person uploaded keep their image (it shows the material, and belongs to the thing it is of) and
 * who uploaded them (a username, a key); the name of the file on the person's device goes.
 */
@ApplicationScoped
class PhotoPseudonymisation implements Pseudonymisation {

    @Override
    public Uni<List<ReplacedRows>> pseudonymise(SqlConnection transaction, PseudonymisedPerson person) {
        return transaction.preparedQuery("update photo set original_filename = null"
                        + " where organisation_id = $1 and uploaded_by = $2 and original_filename is not null")
                .execute(Tuple.of(person.organisationId(), person.actor()))
                .map(rows -> List.of(new ReplacedRows("photo", rows.rowCount())));
    }
}
