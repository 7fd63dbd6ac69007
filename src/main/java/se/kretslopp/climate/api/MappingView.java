package se.kretslopp.climate.api;

import java.util.UUID;

/**
 * Which Boverket product a category maps to ({@code boverketId}, null when none fits: its items get an estimate
 * from their material), with the product's figures in the version in use.
 */
public record MappingView(UUID categoryId, UUID parentId, String code, String nameSv, String nameEn,
                          String boverketId, ClimateProduct product, ClimateSource source) {
}
