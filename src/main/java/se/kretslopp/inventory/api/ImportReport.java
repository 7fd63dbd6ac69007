package se.kretslopp.inventory.api;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

import static com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL;

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
    public record Problem(int row, @JsonInclude(NON_NULL) String column, @JsonInclude(NON_NULL) String code,
                          String message, @JsonInclude(NON_NULL) Object min, @JsonInclude(NON_NULL) Object max,
                          @JsonInclude(NON_NULL) List<String> allowed, @JsonInclude(NON_NULL) String other) {
    }
}
