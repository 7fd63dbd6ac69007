package se.kretslopp.storage;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.sessions.JqwikSession;
import org.junit.jupiter.api.Test;
import se.kretslopp.testsupport.Api;
import se.kretslopp.testsupport.Ledger;
import se.kretslopp.testsupport.Stock;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static io.restassured.RestAssured.given;

/**
 * A stateful property test of the ledger: jqwik generates thousands of random sequences of intake, move, pick,
 * disposal, stock-take adjustment, promise and release, many of them invalid (too much, nothing, the same location
 * twice, a location of another site). Each step goes through the real API to the real database, and is judged
 * against a model: a valid step answers 200 and leaves exactly what the model says; an invalid one answers with the
 * status the model expects and changes nothing. After every step the database itself is read (JDBC, not the API):
 * nothing negative, nothing promised that is not there, and every lot's movements add up to its balances.
 *
 * <p>Sequences run in a jqwik session; set {@code -Dkretslopp.ledger.sequences} and {@code -Dkretslopp.ledger.seed}
 * to run more, or to repeat a failed run (the seed is printed with every failure).
 */
@QuarkusTest
class StockLedgerPropertyTest {

    sealed interface Step permits Intake, Move, Pick, Dispose, Count, Promise, Release {
    }

    record Intake(int location, BigDecimal quantity) implements Step {
    }

    record Move(int lot, int from, int to, BigDecimal quantity) implements Step {
    }

    record Pick(int lot, int location, BigDecimal quantity) implements Step {
    }

    record Dispose(int lot, int location, BigDecimal quantity) implements Step {
    }

    record Count(int lot, int location, BigDecimal counted) implements Step {
    }

    record Promise(int lot, BigDecimal quantity) implements Step {
    }

    record Release(int lot, BigDecimal quantity) implements Step {
    }

    /** Lars's token, signed once: thousands of requests need not each sign their own. */
    private static final String LARS = se.kretslopp.testsupport.Tokens.builder("lars", "kalmar-aterbrukslager",
            "storage-operator").expiresIn(3600).sign();

    private static io.restassured.specification.RequestSpecification lars() {
        return given().auth().oauth2(LARS).contentType(io.restassured.http.ContentType.JSON);
    }

    /** Locations 0–2 belong to the test site; 3 is a location of another site. */
    private static final int FOREIGN = 3;

    /** What the model says a lot holds. */
    static final class LotModel {
        final UUID id;
        final Map<Integer, BigDecimal> balances = new HashMap<>();
        BigDecimal promised = BigDecimal.ZERO;
        /** What the database held after the last step that touched the lot (checked then). */
        Ledger.State last;

        LotModel(UUID id) {
            this.id = id;
        }

        BigDecimal at(int location) {
            return balances.getOrDefault(location, BigDecimal.ZERO);
        }

        BigDecimal onHand() {
            return balances.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        }

        BigDecimal free() {
            return onHand().subtract(promised);
        }

        void add(int location, BigDecimal quantity) {
            BigDecimal now = at(location).add(quantity);
            if (now.signum() == 0) {
                balances.remove(location);
            } else {
                balances.put(location, now);
            }
        }
    }

    @Test
    void randomSequencesKeepTheLedgerTrue() {
        int sequences = Integer.getInteger("kretslopp.ledger.sequences", 1000);
        String seed = System.getProperty("kretslopp.ledger.seed", Long.toString(System.nanoTime()));
        Stock.Site site = Stock.newSite("Ledger property " + seed);
        List<UUID> locations = List.of(site.a(), site.b(), site.yard(), Api.STORE_G03);
        Map<String, Integer> outcomes = new HashMap<>();
        JqwikSession.start(seed);
        try (Ledger ledger = Ledger.open()) {
            List<List<Step>> all = sequences().sampleStream().limit(sequences).toList();
            int n = 0;
            for (List<Step> sequence : all) {
                n++;
                List<LotModel> lots = new ArrayList<>();
                for (int i = 0; i < sequence.size(); i++) {
                    Step step = sequence.get(i);
                    String context = "seed " + seed + ", sequence " + n + " " + sequence + ", step " + i + " " + step;
                    String outcome = apply(step, lots, locations, site, ledger, context);
                    outcomes.merge(step.getClass().getSimpleName() + " " + outcome, 1, Integer::sum);
                }
            }
        } finally {
            JqwikSession.finish();
        }
        System.out.println("Ledger property: " + sequences + " sequences, outcomes " + new java.util.TreeMap<>(outcomes));
        // the generator must really reach both kinds of step, or the test proves little
        for (String kind : List.of("Move", "Pick", "Dispose", "Count", "Promise", "Release", "Intake")) {
            assertTrue(outcomes.getOrDefault(kind + " 200", 0) > 0, "no valid " + kind + " was generated: " + outcomes);
        }
        assertTrue(outcomes.getOrDefault("Move 409", 0) > 0 && outcomes.getOrDefault("Pick 409", 0) > 0
                && outcomes.getOrDefault("Move 422", 0) > 0, "too few invalid steps were generated: " + outcomes);
        lars().get("/api/v1/storage/audit").then().statusCode(200)
                .body("consistent", org.hamcrest.Matchers.equalTo(true));
    }

    /** Runs one step through the API and checks it against the model; returns the status. */
    private String apply(Step step, List<LotModel> lots, List<UUID> locations, Stock.Site site, Ledger ledger,
                         String context) {
        if (lots.isEmpty() && !(step instanceof Intake)) {
            step = new Intake(0, BigDecimal.TEN);
        }
        if (step instanceof Intake intake) {
            int expected = intake.quantity().signum() <= 0 ? 400 : intake.location() == FOREIGN ? 422 : 201;
            Response response = lars().body(Map.of("siteId", site.id().toString(), "lots",
                            List.of(Stock.lot(locations.get(intake.location()), intake.quantity()))))
                    .post("/api/v1/storage/intakes");
            assertEquals(expected, response.statusCode(), context + ": " + response.asString());
            if (expected == 201) {
                LotModel lot = new LotModel(UUID.fromString(response.path("lots[0].id")));
                lot.add(intake.location(), intake.quantity());
                lots.add(lot);
                lot.last = ledger.check(lot.id, context);
                compare(lot, lot.last, locations, context);
            }
            return Integer.toString(expected == 201 ? 200 : expected);
        }
        LotModel lot = lots.get(lotIndex(step) % lots.size());
        // a step on one lot cannot change another: the state the last step left is the state before this one
        Ledger.State before = lot.last;
        int expected;
        Response response;
        if (step instanceof Move m) {
            expected = m.quantity().signum() <= 0 ? 400 : m.from() == m.to() ? 422
                    : m.from() == FOREIGN || m.to() == FOREIGN ? 422
                    : m.quantity().compareTo(lot.at(m.from())) > 0 ? 409 : 200;
            response = lars().body(Map.of("fromLocationId", locations.get(m.from()), "toLocationId",
                    locations.get(m.to()), "quantity", m.quantity())).post("/api/v1/storage/lots/" + lot.id + "/move");
            if (expected == 200) {
                lot.add(m.from(), m.quantity().negate());
                lot.add(m.to(), m.quantity());
            }
        } else if (step instanceof Pick p) {
            expected = takeOutStatus(lot, p.location(), p.quantity());
            response = lars().body(Map.of("locationId", locations.get(p.location()), "quantity", p.quantity(),
                    "reason", "Hämtat")).post("/api/v1/storage/lots/" + lot.id + "/pick");
            if (expected == 200) {
                lot.add(p.location(), p.quantity().negate());
            }
        } else if (step instanceof Dispose d) {
            expected = takeOutStatus(lot, d.location(), d.quantity());
            response = lars().body(Map.of("locationId", locations.get(d.location()), "quantity", d.quantity(),
                    "reason", "Trasigt")).post("/api/v1/storage/lots/" + lot.id + "/dispose");
            if (expected == 200) {
                lot.add(d.location(), d.quantity().negate());
            }
        } else if (step instanceof Count c) {
            BigDecimal difference = c.counted().subtract(lot.at(c.location()));
            expected = c.counted().signum() < 0 ? 400 : c.location() == FOREIGN ? 422
                    : lot.onHand().add(difference).compareTo(lot.promised) < 0 ? 409 : 200;
            response = lars().body(Map.of("reason", "Inventering", "counts",
                            List.of(Map.of("lotId", lot.id.toString(), "counted", c.counted()))))
                    .post("/api/v1/storage/locations/" + locations.get(c.location()) + "/stocktake");
            if (expected == 200) {
                lot.add(c.location(), difference);
            }
        } else if (step instanceof Promise p) {
            expected = p.quantity().signum() <= 0 ? 422 : p.quantity().compareTo(lot.free()) > 0 ? 409 : 200;
            response = lars().body(Map.of("quantity", p.quantity())).post("/api/test/storage/lots/" + lot.id + "/promise");
            if (expected == 200) {
                lot.promised = lot.promised.add(p.quantity());
            }
        } else if (step instanceof Release r) {
            expected = r.quantity().signum() <= 0 ? 422 : r.quantity().compareTo(lot.promised) > 0 ? 409 : 200;
            response = lars().body(Map.of("quantity", r.quantity())).post("/api/test/storage/lots/" + lot.id + "/release");
            if (expected == 200) {
                lot.promised = lot.promised.subtract(r.quantity());
            }
        } else {
            throw new IllegalStateException(step.toString());
        }
        assertEquals(expected, response.statusCode(), context + ": " + response.asString());
        if (expected >= 400) {
            assertTrue(response.contentType().startsWith("application/problem+json"), context);
            assertTrue(response.path("detail") != null || response.path("errors") != null, context);
        }
        Ledger.State after = ledger.check(lot.id, context);
        if (expected != 200) {
            assertEquals(before, after, context + ": a refused step changed the lot");
        }
        compare(lot, after, locations, context);
        lot.last = after;
        return Integer.toString(expected);
    }

    private static int takeOutStatus(LotModel lot, int location, BigDecimal quantity) {
        return quantity.signum() <= 0 ? 400 : location == FOREIGN ? 422
                : quantity.compareTo(lot.at(location)) > 0 || quantity.compareTo(lot.free()) > 0 ? 409 : 200;
    }

    private static void compare(LotModel lot, Ledger.State state, List<UUID> locations, String context) {
        assertEquals(0, lot.onHand().compareTo(state.onHand()), context + ": on hand " + state);
        assertEquals(0, lot.promised.compareTo(state.promised()), context + ": promised " + state);
        Map<UUID, BigDecimal> expected = new HashMap<>();
        lot.balances.forEach((i, q) -> expected.put(locations.get(i), q.stripTrailingZeros()));
        Map<UUID, BigDecimal> actual = new HashMap<>();
        state.balances().forEach((k, v) -> actual.put(k, v.stripTrailingZeros()));
        assertEquals(expected, actual, context + ": balances");
    }

    private static int lotIndex(Step step) {
        if (step instanceof Move m) {
            return m.lot();
        }
        if (step instanceof Pick p) {
            return p.lot();
        }
        if (step instanceof Dispose d) {
            return d.lot();
        }
        if (step instanceof Count c) {
            return c.lot();
        }
        if (step instanceof Promise p) {
            return p.lot();
        }
        return step instanceof Release r ? r.lot() : 0;
    }

    // ---- generators -------------------------------------------------------------------------------------------

    static Arbitrary<List<Step>> sequences() {
        return Combinators.combine(intakes(), steps().list().ofMinSize(1).ofMaxSize(6))
                .as((first, rest) -> {
                    List<Step> all = new ArrayList<>();
                    all.add(first);
                    all.addAll(rest);
                    return all;
                });
    }

    static Arbitrary<Step> steps() {
        Arbitrary<Integer> lot = Arbitraries.integers().between(0, 1);
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(1, intakes().map(s -> (Step) s)),
                net.jqwik.api.Tuple.of(4, Combinators.combine(lot, location(), location(), quantity())
                        .as((l, f, t, q) -> (Step) new Move(l, f, t, q))),
                net.jqwik.api.Tuple.of(3, Combinators.combine(lot, location(), quantity())
                        .as((l, at, q) -> (Step) new Pick(l, at, q))),
                net.jqwik.api.Tuple.of(2, Combinators.combine(lot, location(), quantity())
                        .as((l, at, q) -> (Step) new Dispose(l, at, q))),
                net.jqwik.api.Tuple.of(2, Combinators.combine(lot, location(), quantity())
                        .as((l, at, q) -> (Step) new Count(l, at, q))),
                net.jqwik.api.Tuple.of(2, Combinators.combine(lot, quantity())
                        .as((l, q) -> (Step) new Promise(l, q))),
                net.jqwik.api.Tuple.of(1, Combinators.combine(lot, quantity())
                        .as((l, q) -> (Step) new Release(l, q))));
    }

    static Arbitrary<Intake> intakes() {
        return Combinators.combine(Arbitraries.integers().between(0, 2).edgeCases(e -> e.includeOnly(0)),
                        Arbitraries.integers().between(1, 12))
                .as((at, q) -> new Intake(at, BigDecimal.valueOf(q)));
    }

    /** Mostly the test site's three locations, sometimes one of another site. */
    static Arbitrary<Integer> location() {
        return Arbitraries.frequency(net.jqwik.api.Tuple.of(10, 0), net.jqwik.api.Tuple.of(8, 1),
                net.jqwik.api.Tuple.of(5, 2), net.jqwik.api.Tuple.of(1, FOREIGN));
    }

    /** Mostly small quantities (a fifth with a half), some large, some nothing or negative. */
    static Arbitrary<BigDecimal> quantity() {
        Arbitrary<Integer> whole = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(14, Arbitraries.integers().between(1, 4)),
                net.jqwik.api.Tuple.of(3, Arbitraries.integers().between(5, 14)),
                net.jqwik.api.Tuple.of(3, Arbitraries.integers().between(-1, 0)));
        return Combinators.combine(whole, Arbitraries.integers().between(0, 4))
                .as((w, half) -> half == 0 && w > 0 ? BigDecimal.valueOf(w).subtract(new BigDecimal("0.5"))
                        : BigDecimal.valueOf(w));
    }
}
