package se.kretslopp.notification.api;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

public record NotificationView(UUID id, NotificationKind kind, UUID reservationId, String listingTitle,
                               BigDecimal quantity, String unit, String reason, OffsetDateTime createdAt,
                               OffsetDateTime readAt, UUID wantedRequestId,
                               UUID listingId, UUID conversationId) {
}
