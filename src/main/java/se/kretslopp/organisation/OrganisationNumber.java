package se.kretslopp.organisation;

import se.kretslopp.organisation.api.OrganisationRequest;

/**
 * The rule of a Swedish organisation number (organisationsnummer), written NNNNNN-NNNN: its last digit is the Luhn
 * check digit of the nine before it. (The personal identity numbers that sole traders use follow the same rule.)
 */
final class OrganisationNumber {

    private OrganisationNumber() {
    }

    /** Whether the number is written NNNNNN-NNNN and its last digit is the check digit of the nine before it. */
    static boolean isValid(String number) {
        if (number == null || !number.matches(OrganisationRequest.NUMBER)) {
            return false;
        }
        String digits = number.substring(0, 6) + number.substring(7);
        return checkDigit(digits.substring(0, 9)) == digits.charAt(9) - '0';
    }

    /**
     * The Luhn check digit of nine digits: from the first, every other digit is doubled (a two-digit product counts
     * as the sum of its digits), and the check digit brings the sum of all up to a multiple of ten.
     */
    static int checkDigit(String nineDigits) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            int digit = nineDigits.charAt(i) - '0';
            if (i % 2 == 0) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        return (10 - sum % 10) % 10;
    }
}
