package se.kretslopp.storage.api;

import jakarta.annotation.Nullable;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One line of a lot's history. {@code signedQuantity} is what it changed the lot's total by. */
public record MovementView(long id, Kind kind, BigDecimal quantity, BigDecimal signedQuantity, @Nullable Place from,
                           @Nullable Place to, @Nullable String reason, @Nullable String reference,
                           @Nullable String actor, OffsetDateTime at) {

    public enum Kind { INTAKE, TRANSFER, PICK, HANDOVER, ADJUSTMENT, DISPOSAL }

    public record Place(UUID id, String code) {
    }
}
