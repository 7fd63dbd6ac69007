package se.kretslopp.delivery;

import org.junit.jupiter.api.Test;
import se.kretslopp.common.ProblemException;
import se.kretslopp.delivery.api.DeliveryStatus;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The steps of a delivery, its distance and its receipt tokens, without the stack. */
class DeliveryRulesTest {

    private static Delivery in(DeliveryStatus status) {
        Delivery d = new Delivery();
        d.status = status;
        return d;
    }

    @Test
    void stepsFollowInOrder() {
        Delivery d = in(DeliveryStatus.REQUESTED);
        assertEquals(409, assertThrows(ProblemException.class, d::depart).problem().status());
        d.accept();
        OffsetDateTime at = OffsetDateTime.parse("2026-12-10T09:00:00Z");
        d.plan(at);
        d.plan(at.plusHours(1));
        assertEquals(at.plusHours(1), d.plannedAt);
        d.depart();
        assertThrows(ProblemException.class, () -> d.plan(at));
        assertThrows(ProblemException.class, d::cancel);
        d.deliver(new BigDecimal("12.5"));
        assertEquals(DeliveryStatus.DELIVERED, d.status);
        assertEquals(new BigDecimal("12.5"), d.transportDistanceKm());
        d.receive("sara", at);
        assertEquals("sara", d.receivedBy);
        assertThrows(ProblemException.class, () -> d.receive("sara", at));
    }

    @Test
    void declinedAndCancelledEndIt() {
        Delivery declined = in(DeliveryStatus.REQUESTED);
        declined.decline("Ingen bil");
        assertThrows(ProblemException.class, declined::accept);
        assertThrows(ProblemException.class, () -> declined.receive("sara", OffsetDateTime.now()));
        Delivery cancelled = in(DeliveryStatus.PLANNED);
        cancelled.cancel();
        assertEquals(DeliveryStatus.CANCELLED, cancelled.status);
        assertThrows(ProblemException.class, cancelled::depart);
    }

    @Test
    void aReceiptBeforeTheCarrierPlannedStillDelivers() {
        Delivery d = in(DeliveryStatus.ACCEPTED);
        d.distanceKm = new BigDecimal("36.4");
        OffsetDateTime now = OffsetDateTime.parse("2026-12-10T09:00:00Z");
        d.receive("sara", now);
        assertEquals(DeliveryStatus.DELIVERED, d.status);
        assertEquals(now, d.plannedAt);
        assertEquals(new BigDecimal("36.4"), d.transportDistanceKm());
        assertThrows(ProblemException.class, () -> in(DeliveryStatus.REQUESTED).receive("sara", now));
    }

    @Test
    void roadDistanceIsTheGreatCircleTimesTheRoadFactor() {
        // Kalmar to Nybro: about 28.9 km as the crow flies
        double crow = Distances.greatCircleKm(56.6634, 16.3568, 56.7446, 15.9070);
        assertEquals(28.9, crow, 0.1);
        assertEquals(BigDecimal.valueOf(crow * 1.3).setScale(1, java.math.RoundingMode.HALF_UP),
                Distances.roadKm(56.6634, 16.3568, 56.7446, 15.9070));
        assertEquals(0, Distances.greatCircleKm(56.0, 16.0, 56.0, 16.0), 1e-9);
        // Kalmar to Stockholm, about 313 km
        assertEquals(313, Distances.greatCircleKm(56.6634, 16.3568, 59.3293, 18.0686), 10);
        assertNull(Distances.roadKm(null, 16.0, 56.0, 16.0));
    }

    @Test
    void tokensAreStableUnguessableAndReadFromTheUrl() {
        ReceiptTokens tokens = new ReceiptTokens(java.util.Optional.of("k"), "https://kretslopp.example/");
        java.util.UUID id = java.util.UUID.randomUUID();
        String token = tokens.token(id);
        assertEquals(43, token.length());
        assertEquals(token, tokens.token(id));
        assertEquals(false, token.equals(tokens.token(java.util.UUID.randomUUID())));
        assertEquals(false, token.equals(new ReceiptTokens(java.util.Optional.of("other"), "x").token(id)));
        assertEquals("https://kretslopp.example/kvitto/" + token, tokens.url(token));
        assertEquals(token, ReceiptTokens.extract(tokens.url(token)));
        assertEquals(token, ReceiptTokens.extract(" " + token + " "));
        assertEquals(token, ReceiptTokens.extract(tokens.url(token) + "/?utm=x"));
        assertEquals(64, ReceiptTokens.hash(token).length());
        assertThrows(ProblemException.class, () -> ReceiptTokens.extract("https://kretslopp.example/kvitto/"));
        assertThrows(ProblemException.class, () -> ReceiptTokens.extract(token + "!"));
    }
}
