package se.kretslopp.photo;

import io.smallrye.mutiny.Uni;

import java.util.UUID;

/**
 * Where the bytes of photos live. PostgreSQL for now; an object store can take its place without the rest of the
 * feature noticing. Implementations join the caller's transaction where they can.
 */
interface PhotoStorage {

    String IMAGE = "image";
    String THUMBNAIL = "thumbnail";

    Uni<Void> put(UUID photoId, String variant, byte[] content);

    /** The stored bytes, or {@code null} when there are none. */
    Uni<byte[]> get(UUID photoId, String variant);

    /** Removes every variant of the photo; nothing happens for an unknown one. */
    Uni<Void> delete(UUID photoId);
}
