package se.kretslopp.climate.api;

import jakarta.annotation.Nullable;
import java.time.LocalDate;

/** Where a figure comes from: shown with every figure. */
public record ClimateSource(String name, String version, @Nullable LocalDate publishedOn) {
}
