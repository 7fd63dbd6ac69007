package se.kretslopp.inventory.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An inventory item still standing in a building with a planned dismantling window: material that will be
 * available from {@code expectedFrom}. Only what a buyer needs to know: where (city and position), whose, what.
 */
public record FutureSupply(UUID itemId, String name, String material, UUID categoryId, BigDecimal quantity,
                           String unit, Integer lengthMm, Integer widthMm, Integer heightMm, int condition,
                           LocalDate expectedFrom, String city, Double latitude, Double longitude,
                           String organisationName, boolean nameMatched) {
}
