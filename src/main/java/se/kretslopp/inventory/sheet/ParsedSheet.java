package se.kretslopp.inventory.sheet;

import se.kretslopp.common.Message;
import se.kretslopp.common.Problem;
import se.kretslopp.common.ProblemException;
import se.kretslopp.common.ProblemType;
import se.kretslopp.inventory.api.ItemRequest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What an uploaded sheet holds: its data rows (empty rows skipped) and the problems of its header row. When a
 * required column is missing the rows are not read at all, since every one of them would fail.
 */
public record ParsedSheet(SheetFormat format, List<ParsedRow> rows, List<SheetProblem> headerProblems) {

    public ParsedSheet {
        rows = List.copyOf(rows);
        headerProblems = List.copyOf(headerProblems);
    }

    /** True when every row is valid and the header is right: the sheet can be imported as it is. */
    public boolean valid() {
        return headerProblems.isEmpty() && rows.stream().allMatch(ParsedRow::valid);
    }

    /** The requests of the valid rows, in sheet order. */
    public List<ItemRequest> requests() {
        return rows.stream().filter(ParsedRow::valid).map(ParsedRow::request).toList();
    }

    /** Every problem, by row, the header's first. */
    public List<SheetProblem> problems() {
        List<SheetProblem> all = new ArrayList<>(headerProblems);
        rows.forEach(row -> all.addAll(row.problems()));
        all.sort(Comparator.comparingInt(SheetProblem::row));
        return all;
    }

    /**
     * The problems as a 422 answer; each error's field is {@code "row 7, Antal"} so that a person can find the
     * cell, and the detail says how many rows failed.
     */
    public ProblemException toProblemException() {
        List<SheetProblem> problems = problems();
        List<Problem.FieldError> errors = problems.stream().map(SheetProblem::error).toList();
        long badRows = problems.stream().mapToInt(SheetProblem::row).distinct().count();
        Message detail = Message.of(problems.size() == 1 ? "sheet.detail.one" : badRows == 1 ? "sheet.detail.oneRow"
                : "sheet.detail.many", problems.size(), badRows);
        return new ProblemException(ProblemType.UNPROCESSABLE, detail, errors);
    }
}
