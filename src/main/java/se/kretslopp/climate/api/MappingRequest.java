package se.kretslopp.climate.api;

import jakarta.validation.constraints.Pattern;

/** An admin's new mapping of a category: a Boverket resource id of the version in use, or null for none. */
public record MappingRequest(@Pattern(regexp = "\\d{1,20}") String boverketId) {
}
