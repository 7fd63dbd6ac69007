package se.kretslopp.storage.api;

import jakarta.annotation.Nullable;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** A location; {@code lots} (what lies there now) only when one location is read. */
public record LocationView(UUID id, UUID siteId, String code, LocationRequest.Kind kind, @Nullable String description,
                           @Nullable BigDecimal floorCapacityM2, @Nullable Integer palletCapacity, int version,
                           @Nullable List<LotSummary> lots) {
}
