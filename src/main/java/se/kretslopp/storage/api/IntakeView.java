package se.kretslopp.storage.api;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

public record IntakeView(UUID id, UUID siteId, OffsetDateTime deliveredAt, LotView.DeliveredBy deliveredBy,
                         String note, String receivedBy, List<LotView> lots) {
}
