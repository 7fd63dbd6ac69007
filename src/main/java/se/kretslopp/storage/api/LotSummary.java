package se.kretslopp.storage.api;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A lot in lists: what it is, how much, where and how long it has been here. */
public record LotSummary(UUID id, String code, UUID siteId, CategoryRef category, String description, String unit,
                         int condition, BigDecimal onHand, BigDecimal promised, BigDecimal available,
                         List<Place> locations, OffsetDateTime receivedAt, long ageDays, boolean flagged) {

    public record CategoryRef(UUID id, String code, String nameSv, String nameEn) {
    }

    /** What the lot holds at one location. */
    public record Place(UUID id, String code, BigDecimal onHand) {
    }
}
