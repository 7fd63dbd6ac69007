package se.kretslopp.category.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.UUID;

/** What an admin sends to add or rename a category. {@code parentId} is set for a sub-category. */
public record CategoryRequest(
        UUID parentId,
        @NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9.-]{0,62}") String code,
        @NotBlank @Size(max = 120) String nameSv,
        @NotBlank @Size(max = 120) String nameEn,
        @Pattern(regexp = "\\d{1,20}") String boverketId,
        Integer sortOrder) {
}
