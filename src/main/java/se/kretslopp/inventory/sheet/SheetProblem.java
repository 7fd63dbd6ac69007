package se.kretslopp.inventory.sheet;

import se.kretslopp.common.Problem;

import java.util.Locale;

/**
 * Something wrong in one cell, or in the header row, of an uploaded sheet.
 *
 * @param row    the row number the user sees in Excel; the header is row 1
 * @param column the header text of the column as the user wrote it, or the Swedish header of a missing column;
 *               null when the problem is the whole row
 * @param error  what is wrong: its code and attributes, and its message (ours in either language, a Bean
 *               Validation message in the language the sheet was read in); its field is the cell's name
 *               ({@code "row 7, Antal"})
 */
public record SheetProblem(int row, String column, Problem.FieldError error) {

    public SheetProblem {
        error = error.withField(cell(row, column));
    }

    /** How a person finds the cell: {@code "row 7, Antal"}, or {@code "row 7"} for the whole row. */
    static String cell(int row, String column) {
        return "row " + row + (column == null ? "" : ", " + column);
    }

    /** The message in English (or as Bean Validation wrote it). */
    public String message() {
        return error.message();
    }

    public String message(Locale language) {
        return error.message(language);
    }

    public String code() {
        return error.code();
    }
}
