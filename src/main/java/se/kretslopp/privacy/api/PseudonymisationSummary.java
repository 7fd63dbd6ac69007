package se.kretslopp.privacy.api;

import java.time.OffsetDateTime;
import java.util.Map;

/**
 * What a pseudonymisation changed, or (a dry run) would change.
 *
 * @param organisation          the person's organisation, by code
 * @param username              the person's username (a key: it stays)
 * @param pseudonym             what names them now (a dry run: what would, when none was given before)
 * @param dryRun                true when nothing was changed
 * @param pseudonymisedBefore   when they were first pseudonymised, or null
 * @param rows                  rows changed (or to be changed) per table
 * @param total                 the sum of {@code rows}
 */
public record PseudonymisationSummary(String organisation, String username, String pseudonym, boolean dryRun,
                                      OffsetDateTime pseudonymisedBefore, Map<String, Integer> rows, int total) {
}
