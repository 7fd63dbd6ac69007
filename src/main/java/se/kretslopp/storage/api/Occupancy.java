package se.kretslopp.storage.api;

import jakarta.annotation.Nullable;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** How full a site and each of its locations are, how old its stock is, and what does not move. */
public record Occupancy(UUID siteId, int ageAlertDays, @Nullable BigDecimal floorCapacityM2,
                        @Nullable Integer palletCapacity, BigDecimal floorM2Used, BigDecimal palletsUsed, long lotCount,
                        long flaggedCount, List<Location> locations, List<AgeBucket> ageBuckets,
                        List<LotSummary> flagged) {

    public record Location(UUID id, String code, LocationRequest.Kind kind, @Nullable BigDecimal floorCapacityM2,
                           @Nullable Integer palletCapacity, BigDecimal floorM2Used, BigDecimal palletsUsed,
                           long lotCount, @Nullable Long oldestAgeDays, long flaggedCount) {
    }

    public record AgeBucket(String label, long lotCount) {
    }
}
