package se.kretslopp.storage.api;

import jakarta.annotation.Nullable;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** The ledger recomputed: every lot's and every balance's movements summed and compared with what is kept. */
public record AuditReport(OffsetDateTime checkedAt, long lots, long balances, long movements, boolean consistent,
                          List<Discrepancy> discrepancies) {

    /** {@code kind}: LOT_TOTAL (lot on hand vs its movements), BALANCE (a location's balance vs its movements),
     *  LOT_BALANCES (lot on hand vs the sum of its balances). */
    public record Discrepancy(UUID lotId, String code, @Nullable UUID locationId, String kind, BigDecimal expected,
                              BigDecimal actual) {
    }
}
