package se.kretslopp.storage.api;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** The differences a count found, each recorded as an adjustment. */
public record StocktakeResult(UUID locationId, String reference, List<Adjustment> adjustments) {

    public record Adjustment(UUID lotId, String code, BigDecimal expected, BigDecimal counted, BigDecimal difference) {
    }
}
