package se.kretslopp.category.api;

import jakarta.annotation.Nullable;
import java.util.List;
import java.util.UUID;

/** A category of the two-level tree; top-level categories carry their children. */
public record CategoryView(UUID id, @Nullable UUID parentId, String code, String nameSv, String nameEn,
                           @Nullable String boverketId, int sortOrder, List<CategoryView> children) {
}
