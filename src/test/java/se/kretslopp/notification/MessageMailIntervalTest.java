package se.kretslopp.notification;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The relay's rule for message emails: one per thread and person per 15 minutes, by the relay's clock. */
class MessageMailIntervalTest {

    private static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");

    @Test
    void theFirstMailOfAThreadGoesOut() {
        assertTrue(EmailRelay.messageMailAllowed(null, NOW));
    }

    @Test
    void anotherWithin15MinutesWaitsForTheNext() {
        assertFalse(EmailRelay.messageMailAllowed(NOW.minusSeconds(1).atOffset(ZoneOffset.UTC), NOW));
        assertFalse(EmailRelay.messageMailAllowed(NOW.minusSeconds(14 * 60 + 59).atOffset(ZoneOffset.UTC), NOW));
    }

    @Test
    void after15MinutesTheNextGoesOut() {
        assertTrue(EmailRelay.messageMailAllowed(NOW.minusSeconds(15 * 60).atOffset(ZoneOffset.UTC), NOW));
        assertTrue(EmailRelay.messageMailAllowed(NOW.minusSeconds(16 * 60).atOffset(ZoneOffset.ofHours(1)), NOW));
    }
}
