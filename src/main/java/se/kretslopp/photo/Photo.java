package se.kretslopp.photo;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import java.time.OffsetDateTime;
import java.util.UUID;

/** What is known about one stored photo of some owner (an inventory item, a listing, ...); the bytes are elsewhere. */
@Entity
@Table(name = "photo")
class Photo {

    @Id
    UUID id;

    @NotBlank
    @Column(name = "owner_kind", nullable = false, updatable = false)
    String ownerKind;

    @NotNull
    @Column(name = "owner_id", nullable = false, updatable = false)
    UUID ownerId;

    @NotNull
    @Column(name = "organisation_id", nullable = false, updatable = false)
    UUID organisationId;

    @Pattern(regexp = "image/(jpeg|png)")
    @Column(name = "content_type", nullable = false)
    String contentType;

    @Positive
    int width;

    @Positive
    int height;

    @Positive
    @Column(name = "size_bytes")
    int sizeBytes;

    @Size(max = 255)
    @Column(name = "original_filename")
    String originalFilename;

    @NotBlank
    @Column(name = "uploaded_by", nullable = false, updatable = false)
    String uploadedBy;

    @NotNull
    @Column(name = "created_at", nullable = false, updatable = false)
    OffsetDateTime createdAt;
}
