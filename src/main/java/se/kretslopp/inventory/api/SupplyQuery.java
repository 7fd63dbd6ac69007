package se.kretslopp.inventory.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What a wanted request asks of future supply: any of these categories (empty: any), and when it names no
 * category, every one of these word stems in the item's name, material or category name. Ranges in mm with
 * open ends as null; the distance from a point; the date the material is needed by.
 */
public record SupplyQuery(List<UUID> categoryIds, List<String> wordStems, Integer conditionMax, Integer lengthMin,
                          Integer lengthMax, Integer widthMin, Integer widthMax, Integer heightMin, Integer heightMax,
                          Double latitude, Double longitude, Double withinKm, LocalDate neededBy,
                          UUID excludeOrganisationId, int limit) {
}
