package se.kretslopp.photo.api;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A stored photo: re-encoded (metadata stripped), with a thumbnail. The URLs are relative to the service. */
public record PhotoView(UUID id, String contentType, int width, int height, long sizeBytes, String originalFilename,
                        OffsetDateTime createdAt, String url, String thumbnailUrl) {
}
