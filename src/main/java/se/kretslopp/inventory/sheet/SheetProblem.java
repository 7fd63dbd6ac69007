package se.kretslopp.inventory.sheet;

/**
 * Something wrong in one cell, or in the header row, of an uploaded sheet.
 *
 * @param row     the row number the user sees in Excel; the header is row 1
 * @param column  the header text of the column as the user wrote it, or the Swedish header of a missing column;
 *                null when the problem is the whole row
 * @param message what is wrong, in English
 */
public record SheetProblem(int row, String column, String message) {
}
