package se.kretslopp.conversation.api;

import jakarta.annotation.Nullable;
import java.util.UUID;

/** A file attached to a message: a photo (re-encoded, with a thumbnail) or a PDF. URLs are relative to the service. */
public record AttachmentView(UUID id, Kind kind, String contentType, @Nullable String filename, long sizeBytes,
                             String url, @Nullable String thumbnailUrl) {

    public enum Kind { PHOTO, PDF }
}
