package se.kretslopp.wanted.api;

import jakarta.annotation.Nullable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Open wanted requests by category and area. An area is a cell of about 20 km (0.2° of latitude and longitude),
 * named by the places its requests give, with the centre of its requests; requests without a place form the area
 * {@code null} ("anywhere").
 */
public record DemandOverview(long openRequests, List<Row> rows) {

    public record Row(@Nullable UUID categoryId, @Nullable String categoryCode, @Nullable String categoryNameSv,
                      @Nullable String categoryNameEn, @Nullable String area, @Nullable Double latitude,
                      @Nullable Double longitude, long requests, List<Amount> quantities,
                      @Nullable LocalDate earliestNeededBy) {
    }

    public record Amount(BigDecimal quantity, String unit) {
    }
}
