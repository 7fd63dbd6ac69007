package se.kretslopp.photo;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** The bytes of one variant of a photo, as {@link PostgresPhotoStorage} keeps them. */
@Entity
@Table(name = "photo_blob")
@IdClass(PhotoBlob.Key.class)
class PhotoBlob {

    @Id
    @Column(name = "photo_id")
    UUID photoId;

    @Id
    String variant;

    @Column(nullable = false)
    byte[] content;

    static class Key implements Serializable {

        UUID photoId;
        String variant;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(photoId, key.photoId) && Objects.equals(variant, key.variant);
        }

        @Override
        public int hashCode() {
            return Objects.hash(photoId, variant);
        }
    }
}
