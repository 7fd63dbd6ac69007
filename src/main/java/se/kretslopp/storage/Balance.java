package se.kretslopp.storage;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * What a lot holds at one location, read fresh from the database (a projection, not a managed entity: the ledger's
 * trigger changes balances behind the session's back, so a cached entity would be stale).
 */
record Balance(UUID lotId, UUID locationId, BigDecimal onHand) {
}
