package se.kretslopp.photo;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import se.kretslopp.common.RowMaps;
import se.kretslopp.identity.api.DataSubject;
import se.kretslopp.identity.api.PersonalData;
import se.kretslopp.identity.api.PersonalDataPart;
import se.kretslopp.identity.api.PersonalFile;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The photo feature's part of a person's data: the photos they uploaded (a copy made when they published an item or
 * a lot counts as theirs too), listed with the path of each one's file in the download, and the files themselves
 * as stored (re-encoded at upload, without the camera's metadata). Thumbnails are left out: they are made from the
 * photos.
 */
@ApplicationScoped
class PhotoPersonalData implements PersonalData {

    private final Pool pool;
    private final PhotoStorage storage;

    PhotoPersonalData(Pool pool, PhotoStorage storage) {
        this.pool = pool;
        this.storage = storage;
    }

    @Override
    public Uni<List<PersonalDataPart>> about(DataSubject person) {
        return uploads(person).map(rows -> {
            List<Map<String, Object>> photos = RowMaps.of(rows);
            photos.forEach(photo -> photo.put("file", path((UUID) photo.get("id"), (String) photo.get("content_type"))));
            return List.of(new PersonalDataPart("photos", "photo", "The photos you uploaded; each one's file is in"
                    + " the download under the path named 'file'.", photos));
        });
    }

    /** Each photo's bytes are read when the download reaches it; one deleted meanwhile is left out. */
    @Override
    public Multi<PersonalFile> files(DataSubject person) {
        return uploads(person).onItem().transformToMulti(rows -> Multi.createFrom().iterable(rows))
                .onItem().transformToMultiAndConcatenate(row -> storage.get(row.getUUID("id"), PhotoStorage.IMAGE)
                        .toMulti()
                        .map(bytes -> new PersonalFile(path(row.getUUID("id"), row.getString("content_type")), bytes)));
    }

    private Uni<RowSet<Row>> uploads(DataSubject person) {
        return pool.preparedQuery("select * from photo where organisation_id = $1 and uploaded_by = $2"
                        + " order by created_at, id")
                .execute(Tuple.of(person.organisationId(), person.actor()));
    }

    private static String path(UUID id, String contentType) {
        return "photos/" + id + ("image/png".equals(contentType) ? ".png" : ".jpg");
    }
}
