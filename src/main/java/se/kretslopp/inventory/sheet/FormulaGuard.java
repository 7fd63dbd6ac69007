package se.kretslopp.inventory.sheet;

/**
 * Keeps text from being run as a formula when a sheet is opened (CSV injection, OWASP): text that starts with
 * a character a spreadsheet reads as the start of a formula gets a leading apostrophe, which the reader removes
 * again, so an export imports back as the same text.
 */
final class FormulaGuard {

    private FormulaGuard() {
    }

    static boolean startsLikeFormula(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }

    static String neutralise(String text) {
        return startsLikeFormula(text) ? "'" + text : text;
    }

    static String restore(String text) {
        return text != null && text.length() > 1 && text.charAt(0) == '\'' && startsLikeFormula(text.substring(1))
                ? text.substring(1)
                : text;
    }
}
