package se.kretslopp.photo.api;

import jakarta.annotation.Nullable;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A stored photo: re-encoded (metadata stripped), with a thumbnail. The URLs are relative to the service. */
public record PhotoView(UUID id, String contentType, int width, int height, long sizeBytes,
                        @Nullable String originalFilename, OffsetDateTime createdAt, String url, String thumbnailUrl) {
}
