package se.kretslopp.inventory.sheet;

import se.kretslopp.inventory.api.ItemRequest;

import java.util.List;

/** One data row of an uploaded sheet: either a valid request or the problems of its cells, never both. */
public record ParsedRow(int row, ItemRequest request, List<SheetProblem> problems) {

    public ParsedRow {
        problems = List.copyOf(problems);
        if ((request == null) == problems.isEmpty()) {
            throw new IllegalArgumentException("a row has a request or problems");
        }
    }

    public boolean valid() {
        return request != null;
    }
}
