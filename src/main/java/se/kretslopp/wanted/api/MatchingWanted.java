package se.kretslopp.wanted.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** An open request a listing satisfies, as its seller sees it: the buying organisation, never the person. */
public record MatchingWanted(UUID id, String organisationName, String text, UUID categoryId, BigDecimal quantity,
                             String unit, LocalDate neededBy, String place, OffsetDateTime createdAt) {
}
