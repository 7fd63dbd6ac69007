package se.kretslopp.climate.api;

import jakarta.annotation.Nullable;
import java.util.List;
import java.util.UUID;

/**
 * Which Boverket product a category maps to: {@code boverketId} when the item's material is not given (null when
 * none fits), and {@code materials}, its product per material (and construction), with the products' figures in
 * the version in use.
 */
public record MappingView(UUID categoryId, @Nullable UUID parentId, String code, String nameSv, String nameEn,
                          @Nullable String boverketId, @Nullable ClimateProduct product, ClimateSource source,
                          List<MaterialMapping> materials) {
}
