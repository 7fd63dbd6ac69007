package se.kretslopp.outcome.api;

import jakarta.annotation.Nullable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One leaving event and what became of it. {@code basis}: CHOSEN (a person chose it), RULE (the rules gave it) or
 * BACKFILL (mapped from history, see docs/outcomes.md). {@code valueSek}: what was paid, for a sale at a fixed price.
 * {@code wasteCode}: the List of Waste code of recycled or disposed material. {@code receiver}: who received it, where
 * known (a handover's buyer).
 */
public record OutcomeView(UUID id, Outcome outcome, OutcomeEvent event, String basis, BigDecimal quantity, String unit,
                          @Nullable BigDecimal massKg, @Nullable BigDecimal valueSek, @Nullable String wasteCode,
                          LocalDate occurredOn, @Nullable UUID stockLotId, @Nullable UUID inventoryItemId,
                          @Nullable Receiver receiver) {

    public record Receiver(UUID id, String code, String name) {
    }
}
