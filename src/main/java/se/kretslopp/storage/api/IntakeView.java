package se.kretslopp.storage.api;

import jakarta.annotation.Nullable;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

public record IntakeView(UUID id, UUID siteId, OffsetDateTime deliveredAt, LotView.DeliveredBy deliveredBy,
                         @Nullable String note, @Nullable String receivedBy, List<LotView> lots) {
}
