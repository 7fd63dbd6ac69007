package se.kretslopp.membership;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OrganisationCodesTest {

    @Test
    void swedishNamesBecomeCodesOfTheOrgClaimsPattern() {
        assertEquals("kalmar-rivning-demontage-ab", OrganisationCodes.fromName("Kalmar Rivning & Demontage AB"));
        assertEquals("morbylanga-kommun", OrganisationCodes.fromName("Mörbylånga kommun"));
        assertEquals("aterbruk-i-ost-ab", OrganisationCodes.fromName("  Återbruk i Öst AB  "));
        assertEquals("org", OrganisationCodes.fromName("&&&"));
        assertEquals("org-x", OrganisationCodes.fromName("X"));
    }

    @Test
    void longNamesLeaveRoomForASuffix() {
        String code = OrganisationCodes.fromName("Bygg ".repeat(40));
        assertTrue(code.length() <= OrganisationCodes.MAX_BASE, code);
        assertTrue(!code.endsWith("-"), code);
        String withSuffix = OrganisationCodes.candidate(code, 12);
        assertTrue(withSuffix.matches(se.kretslopp.organisation.api.OrganisationRequest.CODE), withSuffix);
        assertEquals(code, OrganisationCodes.candidate(code, 1));
        assertEquals(code + "-2", OrganisationCodes.candidate(code, 2));
    }
}
