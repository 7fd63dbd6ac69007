package se.kretslopp.storage.api;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** A location; {@code lots} (what lies there now) only when one location is read. */
public record LocationView(UUID id, UUID siteId, String code, LocationRequest.Kind kind, String description,
                           BigDecimal floorCapacityM2, Integer palletCapacity, int version, List<LotSummary> lots) {
}
