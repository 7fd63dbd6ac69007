package se.kretslopp.audit.api;

import jakarta.annotation.Nullable;
import java.time.OffsetDateTime;

/**
 * The result of recomputing the audit trail's hash chain: how many entries are sealed and how many wait for the
 * sealer, the first chain position whose entry was changed or whose predecessor is missing (null: the chain holds),
 * and the chain's head, to be noted down elsewhere: a chain cut short after it no longer reaches that hash.
 */
public record AuditCheck(OffsetDateTime checkedAt, long sealed, long unsealed, @Nullable Long firstBreak,
                         @Nullable Head head) {

    public record Head(long position, String hash) {
    }
}
