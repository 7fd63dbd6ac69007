package se.kretslopp.identity.api;

/** How many rows of a table a pseudonymisation changed (or, in a dry run, would change). */
public record ReplacedRows(String table, int rows) {
}
