package se.kretslopp.wanted.api;

import jakarta.annotation.Nullable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** An open request a listing satisfies, as its seller sees it: the buying organisation, never the person. */
public record MatchingWanted(UUID id, String organisationName, String text, @Nullable UUID categoryId,
                             @Nullable BigDecimal quantity, @Nullable String unit, @Nullable LocalDate neededBy,
                             @Nullable String place, OffsetDateTime createdAt) {
}
