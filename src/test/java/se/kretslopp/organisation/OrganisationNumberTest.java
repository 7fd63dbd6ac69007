package se.kretslopp.organisation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The check digit of Swedish organisation numbers, with real ones. */
class OrganisationNumberTest {

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource({
            "212000-0746, Kalmar kommun",
            "212000-0779, Mörbylånga kommun",
            "556012-5790, AB Volvo",
            "556016-0680, Telefonaktiebolaget LM Ericsson",
            "556703-7485, Spotify AB",
            "556000-1017, a demo company (Kalmarhem AB in db/demo)"})
    void realNumbersAreValid(String number, String whose) {
        assertTrue(OrganisationNumber.isValid(number), whose);
    }

    @ParameterizedTest
    @ValueSource(strings = {"212000-0747", "212000-0740", "556012-5791", "556016-0608", "556000-1001"})
    void aWrongCheckDigitIsRefused(String number) {
        assertFalse(OrganisationNumber.isValid(number));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2120000746", "212000 0746", "21200-00746", "212000-074", "212000-07466", "16212000-0746",
            "abcdef-ghij", "", " 212000-0746", "212000-0746 ", "２１２０００-０７４６"})
    void anythingButNNNNNNDashNNNNIsRefused(String number) {
        assertFalse(OrganisationNumber.isValid(number));
    }

    @Test
    void nothingIsNotANumber() {
        assertFalse(OrganisationNumber.isValid(null));
    }

    @Test
    void theCheckDigitOfKalmarKommun() {
        // 2·2=4, 1, 2·2=4, 0, 0, 0, 0, 2·7=14→5, 4: sum 18, so the check digit brings it to 20
        assertEquals(6, OrganisationNumber.checkDigit("212000074"));
    }

    @Test
    void aCheckDigitOfZero() {
        // 5·2=10→1, 5, 6·2=12→3, 0, 1, 6, 0, 6·2=12→3, 8·2=16→7: sum 30
        assertEquals(0, OrganisationNumber.checkDigit("556016068"));
    }
}
