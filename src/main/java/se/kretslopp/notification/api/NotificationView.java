package se.kretslopp.notification.api;

import jakarta.annotation.Nullable;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

public record NotificationView(UUID id, NotificationKind kind, @Nullable UUID reservationId,
                               @Nullable String listingTitle, @Nullable BigDecimal quantity, @Nullable String unit,
                               @Nullable String reason, OffsetDateTime createdAt, @Nullable OffsetDateTime readAt,
                               @Nullable UUID wantedRequestId, @Nullable UUID listingId,
                               @Nullable UUID conversationId) {
}
