package se.kretslopp.photo;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

/** Keeps the bytes in table {@code photo_blob}, in the same session and transaction as the photo's row. */
@ApplicationScoped
@WithSession
class PostgresPhotoStorage implements PhotoStorage {

    @Override
    public Uni<Void> put(UUID photoId, String variant, byte[] content) {
        PhotoBlob blob = new PhotoBlob();
        blob.photoId = photoId;
        blob.variant = variant;
        blob.content = content;
        // flushed at once, so that the bytes are not kept in the session until the transaction ends
        return Panache.getSession().flatMap(session -> session.persist(blob).call(session::flush)
                .invoke(() -> session.detach(blob)));
    }

    @Override
    public Uni<byte[]> get(UUID photoId, String variant) {
        return Panache.getSession().flatMap(session -> session
                .createSelectionQuery("select b.content from PhotoBlob b where b.photoId = :id and b.variant = :variant",
                        byte[].class)
                .setParameter("id", photoId)
                .setParameter("variant", variant)
                .getSingleResultOrNull());
    }

    @Override
    public Uni<Void> delete(UUID photoId) {
        return Panache.getSession().flatMap(session -> session
                .createMutationQuery("delete from PhotoBlob b where b.photoId = :id")
                .setParameter("id", photoId)
                .executeUpdate()
                .replaceWithVoid());
    }
}
