package se.kretslopp.climate.api;

import jakarta.annotation.Nullable;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** One imported version of Boverket's climate database; {@code active} for the one in use. */
public record DatasetView(String version, String source, @Nullable LocalDate publishedOn, String fileName,
                          String sha256, int productCount, OffsetDateTime importedAt, boolean active) {
}
