package se.kretslopp.inventory.api;

import java.util.List;

/** What an import found: every problem as row, column and message; nothing is saved unless there are none. */
public record ImportReport(boolean dryRun, int rowCount, int importedCount, List<Problem> problems) {

    public record Problem(int row, String column, String message) {
    }
}
