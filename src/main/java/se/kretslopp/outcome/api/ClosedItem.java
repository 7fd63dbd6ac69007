package se.kretslopp.outcome.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An inventory item closed by hand (marked reused or discarded) and what became of it; {@code organisationId} is the
 * building's owner. The quantity is what is left of the item (less what went into storage or was handed over).
 */
public record ClosedItem(UUID itemId, OutcomeDecision decision, UUID organisationId, UUID categoryId, String material,
                         String name, String unit, BigDecimal weightPerUnitKg, LocalDate on) {
}
