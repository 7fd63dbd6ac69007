package se.kretslopp.climate.api;

import java.time.LocalDate;

/** Where a figure comes from: shown with every figure. */
public record ClimateSource(String name, String version, LocalDate publishedOn) {
}
