package se.kretslopp.identity.api;

import java.util.List;
import java.util.Map;

/**
 * One part of a person's data: the rows of one table that are about them, column by column as stored.
 *
 * @param name  the part's name in the download, e.g. {@code reservations}
 * @param table the table the rows come from
 * @param about what the rows are, in a sentence for the person reading them
 * @param rows  the rows, each a map from column name to value
 */
public record PersonalDataPart(String name, String table, String about, List<Map<String, Object>> rows) {
}
