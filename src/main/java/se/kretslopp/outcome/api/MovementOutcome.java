package se.kretslopp.outcome.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A stock movement that took a quantity out of a store (a pick, a disposal, a stock-take loss) and what became of
 * it; {@code organisationId} is the store's organisation, {@code description} the lot's (for the waste code).
 */
public record MovementOutcome(long movementId, OutcomeEvent event, OutcomeDecision decision, UUID organisationId,
                              UUID stockLotId, UUID inventoryItemId, UUID categoryId, String material,
                              String description, BigDecimal quantity, String unit, BigDecimal weightPerUnitKg,
                              LocalDate on) {
}
