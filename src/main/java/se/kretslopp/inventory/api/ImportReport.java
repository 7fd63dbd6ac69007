package se.kretslopp.inventory.api;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * What an import found: every problem as row, column, code and message; nothing is saved unless there are none.
 * The messages are in the request's language (Accept-Language: Swedish or English).
 */
public record ImportReport(boolean dryRun, int rowCount, int importedCount, List<Problem> problems) {

    /**
     * One cell's (or the header's, or a whole row's) problem. {@code code} is the same as a field error's in a
     * problem answer (a Bean Validation constraint such as {@code Max}, or one of ours such as
     * {@code InvalidDate}, {@code InvalidEnum}, {@code UnknownColumn}), with {@code min}, {@code max},
     * {@code allowed} and {@code other} where they apply; see docs/api.md.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Problem(int row, String column, String code, String message, Object min, Object max,
                          List<String> allowed, String other) {
    }
}
